import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PrintView } from '../drafts/store/draft-views.ts';
import { ensureLanguage, t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import { workerApi } from '../catalogue/worker-client.ts';
import { buildPrintSections, type PrintBlock, type PrintSection } from './print-model.ts';
import { PRINT_LANGUAGE, printT } from './print-format.ts';
import { germanAnswer } from './office-document.ts';
import { printStyles } from './print-styles.ts';
import { adoptShellPrintStyles } from '../ui/print-shell.ts';

const dateTime = (epoch: number, options: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat(PRINT_LANGUAGE, options).format(epoch);

/**
 * The printout of a draft for the analog path (/draft/<id>/print): the form in German with
 * every visible answer by topic, repeatable groups numbered, required questions without answer
 * marked for the office, the LeiKa key, the print date and the draft id as reference. The
 * buttons around it follow the UI language and are not printed.
 */
@customElement('lotse-draft-print')
export class LotseDraftPrint extends LitElement {
  static override styles = [baseStyles, printStyles];

  /** Id of the draft to print. */
  @property() draftId = '';

  @state() private view: PrintView | null | undefined;
  private releaseShellStyles: (() => void) | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.releaseShellStyles = adoptShellPrintStyles();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseShellStyles?.();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('draftId')) void this.load(this.draftId);
  }

  private async load(id: string): Promise<void> {
    // The printout is German whatever the UI language, which may not have loaded German.
    const [view] = await Promise.all([
      workerApi().readPrintView(id),
      ensureLanguage(PRINT_LANGUAGE),
    ]);
    if (id !== this.draftId) return;
    // The loading heading had the focus after navigation: the loaded heading takes it over.
    const focused = this.shadowRoot?.activeElement?.localName === 'h1';
    this.view = view ?? null;
    const title = view
      ? `${t('drafts:print.button')}: ${view.form.title}`
      : t('drafts:print.notFound');
    this.dispatchEvent(
      new CustomEvent('lotse-page-title', { detail: { title }, bubbles: true, composed: true }),
    );
    await this.updateComplete;
    if (focused) this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  override render() {
    const view = this.view;
    if (view === undefined) return html`<h1 tabindex="-1">${t('common:loading')}</h1>`;
    if (view === null) {
      return html`<h1 tabindex="-1">${t('drafts:print.notFound')}</h1>
        <p><a href="/">${t('drafts:print.home')}</a></p>`;
    }
    const { draft, form } = view;
    const sections = buildPrintSections(
      form,
      draft.answers,
      (field, value) => germanAnswer(field, value, form.codeLists),
      draft.askStaff ?? [],
    );
    return html`
      <div lang=${PRINT_LANGUAGE}>
        <h1 tabindex="-1">${form.title}</h1>
        <dl class="meta">${this.renderMeta(view)}</dl>
      </div>
      <div class="toolbar">
        <p class="intro">${t('drafts:print.intro')}</p>
        <button type="button" @click=${() => window.print()}>${t('drafts:print.button')}</button>
        <a href="/draft/${encodeURIComponent(draft.id)}">${t('drafts:print.back')}</a>
      </div>
      <div lang=${PRINT_LANGUAGE}>
        ${sections.map((section) => this.renderSection(section))}
        <p>${printT('drafts:print.note')}</p>
        <p class="signature">${printT('drafts:print.signature')}</p>
      </div>
    `;
  }

  private renderMeta({ draft, serviceName, leikaKey, receipt }: PrintView): TemplateResult[] {
    const entries: [string, string | null][] = [
      // Once sent, the office's reference number is what the citizen quotes: it comes first.
      ['drafts:print.officeReference', receipt?.reference ?? null],
      [
        'drafts:print.receivedOn',
        receipt
          ? dateTime(Date.parse(receipt.receivedAt), { dateStyle: 'long', timeStyle: 'short' })
          : null,
      ],
      ['drafts:print.service', serviceName],
      ['drafts:print.leikaKey', leikaKey],
      ['drafts:print.reference', draft.id],
      [
        'drafts:print.changedOn',
        dateTime(draft.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
      ],
      ['drafts:print.printedOn', dateTime(Date.now(), { dateStyle: 'long' })],
    ];
    return entries
      .filter((entry): entry is [string, string] => entry[1] !== null)
      .map(
        ([key, value]) =>
          html`<div>
            <dt>${printT(key)}</dt>
            <dd>${value}</dd>
          </div>`,
      );
  }

  private renderSection(section: PrintSection): TemplateResult {
    return html`<section>
      <h2>${section.heading ?? printT('drafts:print.more')}</h2>
      ${this.renderBlocks(section.blocks, section.missing, 3)}
    </section>`;
  }

  /** Rows as one description list, groups as sub-headings (h3, h4 … capped at h6). */
  private renderBlocks(blocks: PrintBlock[], missing: boolean, level: number): TemplateResult {
    if (!blocks.length) {
      return missing
        ? html`<p class="missing">${printT('drafts:print.missing')}</p>`
        : html`<p class="empty">${printT('drafts:print.none')}</p>`;
    }
    const parts: TemplateResult[] = [];
    let rows: TemplateResult[] = [];
    const flush = (): void => {
      if (rows.length) parts.push(html`<dl class="answers">${rows}</dl>`);
      rows = [];
    };
    for (const block of blocks) {
      if (block.kind === 'row') {
        rows.push(this.renderRow(block));
        continue;
      }
      flush();
      parts.push(
        html`<div class="instance">
          ${heading(level, block.heading)}
          ${this.renderBlocks(block.blocks, block.missing, Math.min(level + 1, 6))}
        </div>`,
      );
    }
    flush();
    return html`${parts}`;
  }

  private renderRow(row: Extract<PrintBlock, { kind: 'row' }>): TemplateResult {
    let answer: TemplateResult;
    if (row.missing) answer = html`<dd class="missing">${printT('drafts:print.missing')}</dd>`;
    else if (!row.value) answer = html`<dd class="empty">${printT('drafts:print.empty')}</dd>`;
    else answer = html`<dd>${row.value}</dd>`;
    return html`<div>
      <dt>${row.label}</dt>
      ${answer}
      ${
        row.askStaff ? html`<dd class="ask-staff">${printT('drafts:print.askStaff')}</dd>` : nothing
      }
    </div>`;
  }
}

/** A heading of the given level (Lit cannot bind a tag name). */
function heading(level: number, text: string): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3>${text}</h3>`;
    case 4:
      return html`<h4>${text}</h4>`;
    case 5:
      return html`<h5>${text}</h5>`;
    default:
      return html`<h6>${text}</h6>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-draft-print': LotseDraftPrint;
  }
}
