import { html, nothing, type TemplateResult } from 'lit';
import type { FormDefinition } from './model/form-definition.ts';
import type { OutboxRow } from '../db/database.ts';
import { i18n, t } from '../i18n/i18n.ts';
import type { FormMode } from './form-mode.ts';
import type { SubmissionProblem } from '../worker/api.ts';

/** Why the last change could not be stored: a full disk, or the draft was deleted elsewhere. */
export type StorageProblem = 'answer' | 'attachment' | 'not-found' | null;

/** A full disk or a vanished draft, said clearly; nothing typed is thrown away. */
export function storageProblem(problem: StorageProblem): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  if (problem === 'not-found') {
    return html`<div class="problem" role="alert"><p>${t('forms:draft.notFound')}</p></div>`;
  }
  return html`<div class="problem" role="alert">
    <h2>${t('drafts:quota.title')}</h2>
    <p>${t(`drafts:quota.${problem}`)}</p>
  </div>`;
}

/** Staff switch between one question per page and the whole form. */
export function modeSwitch(mode: FormMode, change: (mode: FormMode) => void): TemplateResult {
  const full = mode === 'full';
  return html`<p class="mode">
    <button type="button" class="link" @click=${() => change(full ? 'guided' : 'full')}>
      ${full ? t('forms:mode.guided') : t('forms:mode.full')}
    </button>
  </p>`;
}

/** "I don't know — ask staff": the citizen moves on, the question waits for the staff member. */
export function askStaffToggle(marked: boolean, toggle: (marked: boolean) => void): TemplateResult {
  return html`<div class="ask-staff">
    <button
      type="button"
      class="secondary"
      aria-pressed=${marked ? 'true' : 'false'}
      @click=${() => toggle(!marked)}
    >
      ${t('forms:askStaff.button')}
    </button>
    ${marked ? html`<p class="marked">${t('forms:askStaff.marked')}</p>` : nothing}
  </div>`;
}

/** What the ready page needs to know about sending. */
export interface SendState {
  /** The outbox item, once the application was handed over for sending. */
  item: OutboxRow | undefined;
  /** Hands the application over for sending. */
  send: () => void;
  /** Goes back to editing (only before it was sent). */
  reopen: () => void;
  /** Why the last "send" could not queue the application, or null. */
  problem: SubmissionProblem | null;
}

const PROBLEM_KEYS: Record<SubmissionProblem, string> = {
  'no-destination': 'forms:send.problem.noDestination',
  'document-missing': 'forms:send.problem.documentMissing',
  'wrong-form': 'forms:send.problem.wrongForm',
};

/** Sending: a button before, "waiting" while queued, the receipt once the office has it. */
function sendPanel({ item, send, reopen, problem }: SendState): TemplateResult {
  if (!item) {
    return html`${
        problem
          ? html`<div class="problem" role="alert"><p>${t(PROBLEM_KEYS[problem])}</p></div>`
          : nothing
      }
      <p>${t('forms:send.intro')}</p>
      <p class="actions">
        <button type="button" class="send" @click=${send}>${t('forms:send.button')}</button>
        <button type="button" class="secondary" @click=${reopen}>${t('forms:ready.edit')}</button>
      </p>`;
  }
  if (item.state === 'failed') {
    return html`<div class="problem" role="alert">
      <h2>${t('forms:send.failedTitle')}</h2>
      <p>${item.lastError?.message ?? t('forms:send.failedText')}</p>
    </div>`;
  }
  const receipt = item.receipt;
  if (item.state !== 'sent' || !receipt) {
    return html`<p class="waiting">${t('forms:send.waiting')}</p>`;
  }
  const received = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(receipt.receivedAt));
  return html`<section class="receipt" aria-labelledby="receipt-heading">
    <h2 id="receipt-heading">${t('forms:send.receiptTitle')}</h2>
    <p>${t('forms:send.reference')}</p>
    <p class="reference"><strong>${receipt.reference}</strong></p>
    <p>${t('forms:send.received', { when: received })}</p>
    <p>${t('forms:send.keep')}</p>
  </section>`;
}

/** The application is complete and checked: sending, the receipt, and the analog path. */
export function readyPage(
  form: FormDefinition,
  printUrl: string,
  sending: SendState,
): TemplateResult {
  return html`
    <div class="panel">
      <h1 tabindex="-1">${t('forms:ready.title')}</h1>
      <p>${t('forms:ready.text', { title: form.title })}</p>
    </div>
    <div role="status">${sendPanel(sending)}</div>
    <p><a href="/">${t('forms:draft.home')}</a></p>
    <p class="hint" lang=${i18n.language}>${t('forms:ready.analog')}</p>
    <p><a href=${printUrl}>${t('drafts:list.print')}</a></p>
  `;
}
