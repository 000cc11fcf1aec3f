import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DraftOverview, SendingView } from './store/draft-views.ts';
import { OUTBOX_CHANGED, OUTBOX_PROGRESS } from '../sync/outbox-client.ts';
import type { DraftProgress } from './draft-progress.ts';
import { hasOwnTranslation, i18n, loadNamespace, t } from '../i18n/i18n.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { formNamespace } from '../forms/model/form-strings.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import { workerApi } from '../catalogue/worker-client.ts';
import { formatLastChange } from './format-change.ts';
import {
  ensurePersistentStorage,
  formatBytes,
  readStorageUsage,
  type StorageUsage,
} from './storage-status.ts';
import { draftsListStyles } from './drafts-list-styles.ts';
import {
  describePersonDeletion,
  formatDeletionDate,
  personDeletionList,
  staleDeletionDate,
} from './person-deletion.ts';
import { securitySettings } from '../security/ui/security-settings.ts';

/** What the confirmation dialog is about: one draft, or everything about its person. */
type Deletion = 'draft' | 'person';

/** Where a handed-over application is: waiting, sending, sent (with its reference), or refused. */
function describeSending(sending: SendingView): string {
  if (sending.state === 'sent') {
    return t('drafts:sending.sent', { reference: sending.reference ?? '' });
  }
  if (sending.state === 'sending') return t('drafts:sending.sending');
  return t(sending.state === 'failed' ? 'drafts:sending.failed' : 'drafts:sending.waiting');
}

/** The office's status of a sent application in words, with the office's question if it asks. */
function describeOffice(office: NonNullable<SendingView['office']>): string {
  switch (office.status) {
    case 'in-progress':
      return t('drafts:office.inProgress');
    case 'decided':
      return t('drafts:office.decided');
    case 'needs-information':
      return office.note
        ? t('drafts:office.needsInformation', { note: office.note })
        : t('drafts:office.needsInformationNoNote');
    default:
      return t('drafts:office.received');
  }
}

const BYTE_UNITS = [
  ['byte', 1],
  ['kilobyte', 1e3],
  ['megabyte', 1e6],
  ['gigabyte', 1e9],
] as const;

/**
 * Sent and total bytes in the unit of the total, one decimal, in the UI language: "3,2" and
 * "8,0 MB", so the pair reads "3,2 von 8,0 MB" and the number grows steadily.
 */
function formatUpload(sent: number, total: number, language: string) {
  const [unit, size] = BYTE_UNITS.findLast(([, bytes]) => total >= bytes) ?? BYTE_UNITS[0];
  const digits = unit === 'byte' ? 0 : 1;
  const fraction = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  const plain = new Intl.NumberFormat(language, fraction);
  const withUnit = new Intl.NumberFormat(language, {
    ...fraction,
    style: 'unit',
    unit,
    unitDisplay: 'short',
  });
  return { sent: plain.format(sent / size), total: withUnit.format(total / size) };
}

/** A German name in the UI language where a translation exists, else German (marked by lang). */
function translated(german: string, ns: string, key: string): { text: string; lang?: string } {
  const lng = i18n.language;
  if (lng === SOURCE_LANGUAGE) return { text: german };
  if (hasOwnTranslation(lng, key, ns)) return { text: t(key, { ns }) };
  return { text: german, lang: SOURCE_LANGUAGE };
}

/** The draft's form title in the UI language. */
const titleOf = (draft: DraftOverview) =>
  translated(draft.title, formNamespace(draft.formId), 'title');

/** The name of the service applied for in the UI language. */
const serviceNameOf = (draft: DraftOverview) =>
  translated(draft.serviceName ?? '', 'content', `services.${draft.serviceId}`);

/** Loads the title translations of the drafts' forms (a form's words are a file of their own). */
async function loadTitles(drafts: readonly DraftOverview[]): Promise<void> {
  const lng = i18n.language;
  if (lng === SOURCE_LANGUAGE) return;
  const ids = new Set(drafts.map((draft) => draft.formId));
  await Promise.all([...ids].map((id) => loadNamespace(lng, formNamespace(id))));
}

/** The progress line of a draft in the UI language. */
function describeProgress(progress: DraftProgress | null): string {
  if (!progress) return t('drafts:list.formMissing');
  if (progress.kind === 'question') return t('drafts:list.question', { ...progress });
  return t(`drafts:list.${progress.kind}`);
}

/**
 * "Continue where you left off" on the start page: every draft on the device with title,
 * progress and last change, links to continue and print, and delete after a confirmation
 * dialog, either the draft or everything about its person. A draft flagged as stale warns with
 * its deletion date. Shows nothing while there are no drafts. Asks for persistent storage once
 * a draft exists and shows how much storage Lotse uses.
 */
@customElement('lotse-drafts-list')
export class LotseDraftsList extends LitElement {
  static override styles = [baseStyles, draftsListStyles];

  @state() private drafts: DraftOverview[] = [];
  @state() private usage: StorageUsage | undefined;
  @state() private deleting: DraftOverview | undefined;
  @state() private deletion: Deletion = 'draft';
  @state() private status = '';
  @query('dialog') private dialog?: HTMLDialogElement;
  /** The delete button that opened the dialog, to return focus to on cancel. */
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Sending changes a draft's line (waiting → sending with progress → sent with its reference
    // number → the office's status).
    window.addEventListener(OUTBOX_CHANGED, this.onOutboxChange);
    window.addEventListener(OUTBOX_PROGRESS, this.onOutboxChange);
    i18n.on('languageChanged', this.onLanguage);
    void this.load();
  }

  /** Another UI language: its translations of the form titles load before the list re-renders. */
  private readonly onLanguage = (): void => {
    void loadTitles(this.drafts).then(() => this.requestUpdate());
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(OUTBOX_CHANGED, this.onOutboxChange);
    window.removeEventListener(OUTBOX_PROGRESS, this.onOutboxChange);
    i18n.off('languageChanged', this.onLanguage);
  }

  /** The running re-read of the drafts, if any. */
  private reading: Promise<void> | undefined;
  /** A change arrived while reading: read once more afterwards. */
  private readAgain = false;

  /**
   * Re-reads the drafts after an outbox change. Changes that arrive while a read runs (one per
   * confirmed chunk during an upload) are folded into one more read, never piled up.
   */
  private readonly onOutboxChange = (): void => {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = (async () => {
      do {
        this.readAgain = false;
        const drafts = await workerApi().listDraftOverviews();
        await loadTitles(drafts);
        this.drafts = drafts;
      } while (this.readAgain);
    })().finally(() => (this.reading = undefined));
  };

  private async load(): Promise<void> {
    const drafts = await workerApi().listDraftOverviews();
    await loadTitles(drafts);
    this.drafts = drafts;
    if (!this.drafts.length) return;
    await ensurePersistentStorage();
    this.usage = await readStorageUsage();
  }

  override render() {
    return html`
      <p class="status" role="status">${this.status}</p>
      ${this.drafts.length ? this.renderList() : nothing} ${this.renderDialog()}
    `;
  }

  private renderList() {
    const now = Date.now();
    return html`<section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">${t('drafts:list.heading')}</h2>
      <ul class="drafts">
        ${repeat(
          this.drafts,
          (draft) => draft.id,
          (draft) =>
            html`<li class="draft">
              <h3 lang=${titleOf(draft).lang ?? nothing}>${titleOf(draft).text}</h3>
              ${
                draft.serviceName
                  ? html`<p class="hint" lang=${serviceNameOf(draft).lang ?? nothing}>
                      ${serviceNameOf(draft).text}
                    </p>`
                  : nothing
              }
              ${draft.sending ? this.renderSending(draft.id, draft.sending) : nothing}
              ${
                // Handed over (and not refused) is on its way: retention never deletes it as stale.
                draft.staleSince === undefined ||
                (draft.sending && draft.sending.state !== 'failed')
                  ? nothing
                  : this.renderStale(draft.staleSince)
              }
              <p class="meta">
                ${describeProgress(draft.progress)} ·
                ${t('drafts:list.changed', {
                  when: formatLastChange(draft.updatedAt, now, i18n.language),
                })}
              </p>
              <div class="actions">
                <a class="primary continue" href="/draft/${encodeURIComponent(draft.id)}"
                  >${t('drafts:list.continue')}<span
                    class="visually-hidden"
                    lang=${titleOf(draft).lang ?? nothing}
                    >: ${titleOf(draft).text}</span
                  ></a
                >
                <a href="/draft/${encodeURIComponent(draft.id)}/print"
                  >${t('drafts:list.print')}<span
                    class="visually-hidden"
                    lang=${titleOf(draft).lang ?? nothing}
                    >: ${titleOf(draft).text}</span
                  ></a
                >
                <button
                  type="button"
                  class="secondary"
                  @click=${(event: Event) => this.ask(event, draft, 'draft')}
                >
                  ${t('drafts:list.delete')}<span
                    class="visually-hidden"
                    lang=${titleOf(draft).lang ?? nothing}
                    >: ${titleOf(draft).text}</span
                  >
                </button>
                <button
                  type="button"
                  class="secondary person"
                  @click=${(event: Event) => this.ask(event, draft, 'person')}
                >
                  ${t('drafts:person.button')}<span
                    class="visually-hidden"
                    lang=${titleOf(draft).lang ?? nothing}
                    >: ${titleOf(draft).text}</span
                  >
                </button>
              </div>
            </li>`,
        )}
      </ul>
      ${this.renderUsage()}
    </section>`;
  }

  private renderSending(id: string, sending: SendingView) {
    const upload = sending.state === 'sending' ? sending.upload : null;
    const amounts = upload && formatUpload(upload.sent, upload.total, i18n.language);
    const office = sending.office;
    return html`<p class="sending">${describeSending(sending)}</p>
      ${
        upload
          ? html`<p class="upload">
              <label for="upload-${id}">${t('drafts:upload.progress', { ...amounts })}</label>
              <progress id="upload-${id}" max=${upload.total} value=${upload.sent}></progress>
            </p>`
          : nothing
      }
      ${
        office
          ? html`<p class="office ${office.status === 'needs-information' ? 'question' : ''}">
              ${describeOffice(office)}
            </p>`
          : nothing
      }`;
  }

  /** A stale draft: the warning says when it goes (in words: "Warnung:", not colour alone). */
  private renderStale(staleSince: number) {
    const at = staleDeletionDate(staleSince, securitySettings().staleGraceDays);
    return html`<p class="stale">
      ${t('drafts:list.stale', { date: formatDeletionDate(at, i18n.language) })}
    </p>`;
  }

  private renderUsage() {
    const usage = this.usage;
    if (!usage) return nothing;
    const language = i18n.language;
    return html`<p class="storage">
      ${t('drafts:storage.usage', {
        usage: formatBytes(usage.usage, language),
        quota: formatBytes(usage.quota, language),
      })}
      ${usage.persisted ? nothing : html`<br />${t('drafts:storage.notPersisted')}`}
    </p>`;
  }

  private renderDialog() {
    const draft = this.deleting;
    const person = this.deletion === 'person';
    return html`<dialog aria-labelledby="delete-title" @close=${this.onClose}>
      <h2 id="delete-title">${t(person ? 'drafts:person.title' : 'drafts:delete.title')}</h2>
      ${
        draft
          ? html`<p>
              <strong lang=${titleOf(draft).lang ?? nothing}>${titleOf(draft).text}</strong>
            </p>`
          : nothing
      }
      ${person ? personDeletionList() : html`<p>${t('drafts:delete.text')}</p>`}
      <form method="dialog" class="actions">
        <button value="delete" class="danger">
          ${t(person ? 'drafts:person.confirm' : 'drafts:delete.confirm')}
        </button>
        <button value="cancel" class="secondary">
          ${t(person ? 'drafts:person.cancel' : 'drafts:delete.cancel')}
        </button>
      </form>
    </dialog>`;
  }

  private async ask(event: Event, draft: DraftOverview, deletion: Deletion): Promise<void> {
    this.opener = event.currentTarget as HTMLElement;
    this.deleting = draft;
    this.deletion = deletion;
    this.status = '';
    await this.updateComplete;
    this.dialog!.returnValue = '';
    this.dialog!.showModal();
    // The safe choice has the focus: Enter or Space on a destructive default would lose work.
    this.dialog!.querySelector<HTMLButtonElement>('button[value=cancel]')?.focus();
  }

  private readonly onClose = async (): Promise<void> => {
    const draft = this.deleting;
    this.deleting = undefined;
    if (!draft || this.dialog?.returnValue !== 'delete') {
      this.opener?.focus();
      return;
    }
    const index = this.drafts.findIndex((candidate) => candidate.id === draft.id);
    if (this.deletion === 'person') {
      const report = await workerApi().deletePerson(draft.id);
      // Other drafts of the person went too: read the list again.
      this.drafts = await workerApi().listDraftOverviews();
      this.status = describePersonDeletion(report, i18n.language);
    } else {
      await workerApi().deleteDraft(draft.id);
      this.drafts = this.drafts.filter((candidate) => candidate.id !== draft.id);
      this.status = t('drafts:list.deleted', { title: titleOf(draft).text });
    }
    this.usage = await readStorageUsage();
    await this.updateComplete;
    this.focusAfterDelete(index);
  };

  /** Focus goes to the entry that took the deleted one's place, else to the page heading. */
  private focusAfterDelete(index: number): void {
    const links = this.renderRoot.querySelectorAll<HTMLElement>('a.continue');
    const next = links[Math.min(index, links.length - 1)];
    if (next) {
      next.focus();
      return;
    }
    (this.getRootNode() as ParentNode).querySelector<HTMLElement>('h1')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-drafts-list': LotseDraftsList;
  }
}
