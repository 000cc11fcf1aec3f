/**
 * "Alles zu dieser Person löschen" in words: what the confirmation dialog says will go, and
 * the status line that says what went. Also the stale-draft warning with its deletion date.
 */
import { html, type TemplateResult } from 'lit';
import { t } from '../i18n/i18n.ts';
import type { DeletePersonReport } from './store/delete-person.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The confirmation dialog's list of what will be deleted. */
export function personDeletionList(): TemplateResult {
  return html`<p>${t('drafts:person.text')}</p>
    <ul>
      <li>${t('drafts:person.thisDraft')}</li>
      <li>${t('drafts:person.otherDrafts')}</li>
      <li>${t('drafts:person.outbox')}</li>
      <li>${t('drafts:person.saved')}</li>
    </ul>
    <p>${t('drafts:person.keep')}</p>`;
}

/** What was deleted, in one or more sentences of the UI language. */
export function describePersonDeletion(report: DeletePersonReport, language: string): string {
  const parts = [
    t('drafts:person.deletedDrafts', { count: report.drafts }),
    ...(report.attachments
      ? [t('drafts:person.deletedDocuments', { count: report.attachments })]
      : []),
    ...(report.outbox ? [t('drafts:person.deletedOutbox', { count: report.outbox })] : []),
    ...(report.profile ? [t('drafts:person.deletedSaved')] : []),
  ];
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
  const sentences = [t('drafts:person.done', { list })];
  if (report.keptSending) {
    sentences.push(t('drafts:person.keptSending', { count: report.keptSending }));
  }
  if (report.mentionedIn.length) {
    sentences.push(t('drafts:person.mentioned', { count: report.mentionedIn.length }));
  }
  return sentences.join(' ');
}

/** When a draft flagged as stale on `staleSince` will be deleted (epoch ms). */
export function staleDeletionDate(staleSince: number, graceDays: number): number {
  return staleSince + graceDays * DAY_MS;
}

/** The date in the UI language ("12. März 2025"). */
export function formatDeletionDate(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(at);
}
