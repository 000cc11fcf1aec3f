import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { DraftRow } from '../db/database.ts';
import type { AnswerValue, FormDefinition, FormElement } from './model/form-definition.ts';
import {
  addInstance,
  getAnswer,
  groupInstances,
  removeInstance,
  setAnswer,
} from './model/answers.ts';
import {
  visibleElements,
  messageKey,
  type FieldError,
  type VisibleElement,
} from '../validation/index.ts';
import type { FileValue, LotseErrorSummary } from '../ui/fields/index.ts';
import { i18n, t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import { workerApi } from '../catalogue/worker-client.ts';
import { fieldDomId, renderField } from './field-template.ts';
import { renderCheckAnswers } from './check-answers.ts';
import { draftStyles } from './draft-styles.ts';
import { guidedPages, withMinimumInstances, type GuidedPage } from './guided-pages.ts';

/** The page id of "check your answers". */
const CHECK_PAGE = '#check';

/** The path of the group instance a page's element sits in ('' at the top). */
function parentOf(path: string): string {
  const at = path.lastIndexOf('.');
  return at === -1 ? '' : path.slice(0, at);
}

/**
 * Filling in an application in guided mode: one top-level element (a topic) per page, then
 * "check your answers", then ready to send. Every change is saved at once through the worker;
 * "Weiter" validates the page there with the same code the server runs.
 */
@customElement('lotse-draft-screen')
export class LotseDraftScreen extends LitElement {
  static override styles = [baseStyles, draftStyles];

  /** Id of the draft to show. */
  @property() draftId = '';

  @state() private draft: DraftRow | null | undefined;
  @state() private form: FormDefinition | undefined;
  @state() private errors: FieldError[] = [];
  @query('lotse-error-summary') private summary?: LotseErrorSummary;
  /** Visible elements by path, computed once per render. */
  private visible = new Map<string, VisibleElement>();

  constructor() {
    super();
    new I18nController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('draftId')) void this.load(this.draftId);
  }

  private async load(id: string): Promise<void> {
    const draft = await workerApi().readDraft(id);
    const form = draft && (await workerApi().readForm(draft.formId));
    if (id !== this.draftId) return;
    this.form = form;
    this.draft = draft && form ? draft : null;
    this.announce();
  }

  private announce(): void {
    const title = this.form ? this.form.title : t('forms:draft.notFound');
    this.dispatchEvent(
      new CustomEvent('lotse-page-title', { detail: { title }, bubbles: true, composed: true }),
    );
  }

  /** The guided pages for the current answers (and the visible elements by path). */
  private pages(): GuidedPage[] {
    const form = this.form!;
    const visible = visibleElements(form, withMinimumInstances(form.elements, this.draft!.answers));
    this.visible = new Map(visible.map((entry) => [entry.path, entry]));
    return guidedPages(this.form!, visible);
  }

  /** Index of the page the draft is on; -1 for the check-answers page. */
  private position(pages: GuidedPage[]): number {
    const page = this.draft!.page;
    if (page === CHECK_PAGE) return -1;
    return Math.max(
      0,
      pages.findIndex((candidate) => candidate.path === page),
    );
  }

  override render() {
    const { draft, form } = this;
    if (draft === undefined) return html`<h1 tabindex="-1">${t('common:loading')}</h1>`;
    if (draft === null || !form) {
      return html`<h1 tabindex="-1">${t('forms:draft.notFound')}</h1>
        <p><a href="/">${t('forms:draft.home')}</a></p>`;
    }
    if (draft.status === 'ready') return this.renderReady(form);
    const pages = this.pages();
    const position = this.position(pages);
    const page = pages[position];
    if (!page) return this.renderCheck(form, draft, pages);
    return html`
      <p class="progress">
        ${t('forms:draft.pageOf', { current: position + 1, total: pages.length })} ·
        <span lang="de">${form.title}</span>
      </p>
      ${this.renderSummary()}
      <h1 tabindex="-1">${page.kind === 'repeat' ? page.element.label : page.topic}</h1>
      <form novalidate @submit=${this.onNext} @lotse-value-change=${this.onValue}>
        ${page.infos.map(
          (info) =>
            html`<lotse-info-text
              .heading=${info.label}
              .text=${info.help ?? ''}
            ></lotse-info-text>`,
        )}
        ${
          page.kind === 'repeat' && page.element.help
            ? html`<p class="help">${page.element.help}</p>`
            : nothing
        }
        ${this.renderElement(page.element, parentOf(page.path))}
        <div class="actions">
          <button type="submit">${t('forms:draft.next')}</button>
          ${
            position > 0
              ? html`<button
                  type="button"
                  class="secondary"
                  @click=${() => this.goTo(pages[position - 1]!.path)}
                >
                  ${t('forms:draft.back')}
                </button>`
              : nothing
          }
        </div>
      </form>
      <p class="saved">${t('forms:draft.savedOnDevice')}</p>
    `;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (!this.errors.length) return nothing;
    return html`<lotse-error-summary
      .heading=${t('ui:errorSummary.title')}
      .errors=${this.errors.map((error) => ({
        targetId: fieldDomId(error.path),
        message: this.message(error),
      }))}
    ></lotse-error-summary>`;
  }

  /** The translated, fix-it message for an error. */
  private message(error: FieldError): string {
    return t(`validation:${messageKey(error)}`, { ...error.params });
  }

  private renderElement(element: FormElement, parent: string): TemplateResult {
    const { draft, form } = this;
    const path = parent ? `${parent}.${element.id}` : element.id;
    const visible = this.visible;
    if (!visible.has(path)) return html``;
    if (element.kind === 'field') {
      const error = this.errors.find((candidate) => candidate.path === path);
      return renderField(element, {
        path,
        value: getAnswer(draft!.answers, path),
        error: error ? this.message(error) : '',
        required: visible.get(path)?.required ?? false,
        codeLists: form!.codeLists,
      });
    }
    const stored = groupInstances(draft!.answers, path);
    const repeatable = element.occurs.max !== 1;
    if (!repeatable) {
      const inner = element.children.map((child) => this.renderElement(child, `${path}[0]`));
      return html`<fieldset>
        <legend>${element.label}</legend>
        ${inner}
      </fieldset>`;
    }
    const count = Math.max(stored.length, element.occurs.min);
    return html`<lotse-repeat-list
      data-path=${path}
      .count=${count}
      .min=${element.occurs.min}
      .max=${element.occurs.max}
      item-label=${element.itemLabel ?? element.label}
      add-label=${t('forms:draft.addAnother', { item: element.itemLabel ?? element.label })}
      @lotse-add=${() => this.addItem(path)}
      @lotse-remove=${(event: CustomEvent<{ index: number }>) =>
        this.removeItem(path, event.detail.index)}
    >
      ${Array.from(
        { length: count },
        (_, index) =>
          html`<div slot=${`item-${index}`}>
            ${element.children.map((child) => this.renderElement(child, `${path}[${index}]`))}
          </div>`,
      )}
    </lotse-repeat-list>`;
  }

  private addItem(path: string): void {
    const draft = this.draft!;
    this.draft = { ...draft, answers: addInstance(draft.answers, path) };
    void workerApi().addGroupInstance(draft.id, path);
  }

  private removeItem(path: string, index: number): void {
    const draft = this.draft!;
    this.draft = { ...draft, answers: removeInstance(draft.answers, path, index) };
    // Errors point at instance indexes that just moved.
    this.errors = [];
    void workerApi().removeGroupInstance(draft.id, path, index);
  }

  private readonly onValue = async (event: CustomEvent<{ value: unknown }>): Promise<void> => {
    const target = event.target as HTMLElement;
    const path = target.dataset.path;
    const draft = this.draft;
    if (!path || !draft) return;
    let value = event.detail.value as AnswerValue | FileValue;
    if (value && typeof value === 'object' && 'blob' in value && value.blob) {
      value = await workerApi().saveAttachment(draft.id, {
        blob: value.blob,
        name: value.name,
        type: value.type,
      });
    }
    const answer = value as AnswerValue;
    this.draft = { ...this.draft!, answers: setAnswer(this.draft!.answers, path, answer) };
    await workerApi().saveAnswer(draft.id, path, answer);
    if (this.errors.some((error) => error.path === path)) await this.recheck();
  };

  /** Re-validates the page, keeping only errors already shown (no new errors while typing). */
  private async recheck(): Promise<void> {
    const shown = new Set(this.errors.map((error) => error.path));
    const result = await workerApi().validateDraft(this.draft!.id, this.draft!.page);
    this.errors = result.errors.filter((error) => shown.has(error.path));
  }

  private readonly onNext = async (event: Event): Promise<void> => {
    event.preventDefault();
    const pages = this.pages();
    const position = this.position(pages);
    const page = pages[position]!;
    const result = await workerApi().validateDraft(this.draft!.id, page.path);
    this.errors = result.errors;
    if (!result.valid) {
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    // The answer may have shown or hidden later questions: recompute before moving on.
    const next = this.pages();
    const at = next.findIndex((candidate) => candidate.path === page.path);
    await this.goTo(next[at + 1]?.path ?? CHECK_PAGE);
  };

  private async goTo(page: string): Promise<void> {
    this.errors = [];
    this.draft = { ...this.draft!, page };
    await workerApi().savePage(this.draft.id, page);
    await this.focusHeading();
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo({ top: 0 });
  }

  private renderCheck(form: FormDefinition, draft: DraftRow, pages: GuidedPage[]) {
    return renderCheckAnswers({
      form,
      answers: draft.answers,
      pages,
      errors: this.errors,
      message: (error) => this.message(error),
      onChange: (page) => void this.goTo(page),
      onConfirm: (saveProfile) => void this.confirm(saveProfile),
    });
  }

  private async confirm(saveProfile: boolean): Promise<void> {
    const draft = this.draft!;
    const result = await workerApi().validateDraft(draft.id);
    this.errors = result.errors;
    if (!result.valid) {
      await this.updateComplete;
      this.summary?.focus();
      return;
    }
    // Personal details are kept for later forms only when the citizen ticked the box.
    if (saveProfile) await workerApi().saveProfileFromDraft(draft.id);
    this.draft = await workerApi().setDraftStatus(draft.id, 'ready');
    await this.focusHeading();
  }

  private renderReady(form: FormDefinition) {
    return html`
      <div class="panel" role="status">
        <h1 tabindex="-1">${t('forms:ready.title')}</h1>
        <p>${t('forms:ready.text', { title: form.title })}</p>
      </div>
      <p>${t('forms:ready.next')}</p>
      <p>
        <button type="button" class="secondary" @click=${this.reopen}>
          ${t('forms:ready.edit')}
        </button>
      </p>
      <p><a href="/">${t('forms:draft.home')}</a></p>
      <p class="hint" lang=${i18n.language}>${t('forms:ready.analog')}</p>
    `;
  }

  private readonly reopen = async (): Promise<void> => {
    this.draft = await workerApi().setDraftStatus(this.draft!.id, 'editing');
    await this.focusHeading();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-draft-screen': LotseDraftScreen;
  }
}
