import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { DraftRow } from '../db/database.ts';
import type { AnswerValue, FormDefinition, FormElement } from './model/form-definition.ts';
import { addInstance, removeInstance, setAnswer } from './model/answers.ts';
import { visibleElements, type FieldError, type VisibleElement } from '../validation/index.ts';
import type { FileValue, LotseErrorSummary } from '../ui/fields/index.ts';
import { i18n, t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import { workerApi } from '../catalogue/worker-client.ts';
import { fieldDomId } from './field-template.ts';
import {
  headingText,
  renderElement,
  renderSections,
  type ElementContext,
} from './element-template.ts';
import { formView, wholeFormGerman, type FormView } from './form-view.ts';
import { ReadAloudController } from './read-aloud.ts';
import { errorMessage, headingElementOf, pageText, readAloudButton } from './page-language.ts';
import {
  CITIZEN_LANGUAGE_CHANGED,
  citizenLanguage,
  citizenLanguageSwitch,
} from './citizen-language.ts';
import { loadFormMode, saveFormMode, type FormMode } from './form-mode.ts';
import { renderCheckAnswers } from './check-answers.ts';
import { draftStyles } from './draft-styles.ts';
import { SendingController } from './sending-controller.ts';
import { modeSwitch, readyPage, storageProblem, type StorageProblem } from './draft-parts.ts';
import { renderGuidedPage } from './guided-page.ts';
import { renderFullForm } from './full-form.ts';
import { answerToStore, storeAnswer } from './answer-storage.ts';
import { guidedPages, withMinimumInstances, type GuidedPage } from './guided-pages.ts';
import { CONSENT_TEXT_VERSION, consentStyles, renderConsent } from './consent-page.ts';

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
  static override styles = [baseStyles, draftStyles, consentStyles];

  /** Id of the draft to show. */
  @property() draftId = '';

  @state() private draft: DraftRow | null | undefined;
  /** The form with the words of the UI language (same structure as the German definition). */
  @state() private form: FormDefinition | undefined;
  /** The German definition as published (what validation and the office use). */
  private source: FormDefinition | undefined;
  /** The form's languages. */
  @state() private view: FormView | undefined;
  @state() private errors: FieldError[] = [];
  @state() private mode: FormMode = loadFormMode();
  /** Why the last change could not be stored, if it could not. */
  @state() private storageProblem: StorageProblem = null;
  /** Staff mode (an unlocked staff profile): the citizen's consent comes before any question. */
  @state() private staffMode = false;
  @query('lotse-error-summary') private summary?: LotseErrorSummary;
  /** Visible elements by path, computed once per render. */
  private visible = new Map<string, VisibleElement>();

  private readonly readAloud = new ReadAloudController(this);
  private readonly sending = new SendingController(this, () => this.draftId);

  constructor() {
    super();
    new I18nController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('draftId')) void this.load(this.draftId);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(CITIZEN_LANGUAGE_CHANGED, this.onLanguages);
    i18n.on('languageChanged', this.onLanguages);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(CITIZEN_LANGUAGE_CHANGED, this.onLanguages);
    i18n.off('languageChanged', this.onLanguages);
  }

  /** The UI or the citizen's language changed: load the form's words in them. */
  private readonly onLanguages = (): void => {
    if (this.source) void this.applyLanguages(this.source);
  };

  private async applyLanguages(source: FormDefinition): Promise<void> {
    // The second language is for staff helping someone; on a citizen's own device the UI
    // language is already theirs.
    const view = await formView(source, i18n.language, this.staffMode ? citizenLanguage() : null);
    if (source !== this.source) return;
    this.view = view;
    this.form = view.primary.form;
  }

  private async load(id: string): Promise<void> {
    const session = await workerApi().sessionState();
    this.staffMode = session.state === 'unlocked' && session.profile.kind === 'staff';
    const draft = await workerApi().readDraft(id);
    const form = draft && (await workerApi().readForm(draft.formId));
    if (id !== this.draftId) return;
    this.source = form;
    if (form) await this.applyLanguages(form);
    else this.form = undefined;
    if (id !== this.draftId) return;
    await this.sending.load(id);
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
    if (this.staffMode && !draft.consent) {
      return renderConsent({
        uiLanguage: i18n.language,
        citizenLanguage: citizenLanguage(),
        tools: html`<div class="staff-tools">${citizenLanguageSwitch()}</div>`,
        agree: (lang) => void this.recordConsent(lang),
      });
    }
    if (draft.status === 'ready') {
      return readyPage(form, `/draft/${encodeURIComponent(draft.id)}/print`, {
        item: this.sending.item,
        send: () => void this.sending.send(),
        problem: this.sending.problem,
        reopen: () => void this.reopen(),
      });
    }
    const pages = this.pages();
    const position = this.position(pages);
    const page = pages[position];
    if (!page) return this.renderCheck(form, draft, pages);
    // Tools and a full disk are said the same way in both modes.
    const top = html`${this.renderStaffTools()} ${storageProblem(this.storageProblem)}`;
    if (this.mode === 'full') {
      return renderFullForm({
        top,
        summary: this.renderSummary(),
        title: this.renderTitle(form),
        description: form.description,
        sections: renderSections(this.elementContext),
        onCheckAll: (event) => void this.onCheckAll(event),
        onValue: (event) => void this.onValue(event),
      });
    }
    return renderGuidedPage({
      page,
      position,
      total: pages.length,
      top,
      title: this.renderTitle(form),
      summary: this.renderSummary(),
      heading: headingText(this.view!, this.headingElement(page)),
      readAloud: this.renderReadAloud(page),
      element: renderElement(this.elementContext, page.element, parentOf(page.path)),
      askStaff: draft.askStaff?.includes(page.path) ?? false,
      onAskStaff: (marked) => void this.toggleAskStaff(page.path, marked),
      onBack: position > 0 ? () => void this.goTo(pages[position - 1]!.path) : undefined,
      onNext: (event) => void this.onNext(event),
      onValue: (event) => void this.onValue(event),
    });
  }

  /** Tools: whole form or one question per page; for staff, the citizen's language too. */
  private renderStaffTools(): TemplateResult {
    const german = this.view && wholeFormGerman(this.view.primary);
    return html`<div class="staff-tools">
        ${modeSwitch(this.mode, (mode) => this.setMode(mode))}
        ${this.staffMode ? citizenLanguageSwitch() : nothing}
      </div>
      ${german ? html`<p class="in-german-notice">${t('forms:language.formInGerman')}</p>` : nothing}`;
  }

  /** The form's title, marked German where it has no translation. */
  private renderTitle(form: FormDefinition): TemplateResult {
    const german = this.view?.primary.german.has('title');
    return html`<span lang=${german ? 'de' : nothing}>${form.title}</span>`;
  }

  /** Read-aloud in the citizen's language when the dual-language view is on, else the UI's. */
  private renderReadAloud(page: GuidedPage): TemplateResult | typeof nothing {
    const language = this.view?.citizen ?? this.view?.primary;
    return readAloudButton(this.readAloud, language, () => pageText(page, language!, this.visible));
  }

  /** The element whose label heads a guided page. */
  private headingElement(page: GuidedPage): FormElement {
    return headingElementOf(this.form!, page);
  }

  private setMode(mode: FormMode): void {
    this.mode = mode;
    this.errors = [];
    saveFormMode(mode);
    void this.focusHeading();
  }

  /** Shows the errors (GOV.UK: the summary takes focus); true when there were any. */
  private async showErrors(errors: FieldError[]): Promise<boolean> {
    this.errors = errors;
    if (!errors.length) return false;
    await this.updateComplete;
    this.summary?.focus();
    return true;
  }

  private readonly onCheckAll = async (event: Event): Promise<void> => {
    event.preventDefault();
    const result = await workerApi().validateDraft(this.draft!.id);
    if (await this.showErrors(result.errors)) return;
    await this.goTo(CHECK_PAGE);
  };

  private async toggleAskStaff(path: string, marked: boolean): Promise<void> {
    this.draft = await workerApi().setAskStaff(this.draft!.id, path, marked);
    if (marked) this.errors = [];
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

  /** The translated, fix-it message for an error, in the words of the UI language's form. */
  private message(error: FieldError): string {
    return errorMessage(error, this.view?.primary);
  }

  /** The context for rendering the draft's elements. */
  private get elementContext(): ElementContext {
    return {
      form: this.form!,
      view: this.view!,
      draft: this.draft!,
      visible: this.visible,
      errors: this.errors,
      message: (error) => this.message(error),
      onAdd: (path) => this.addItem(path),
      onRemove: (path, index) => this.removeItem(path, index),
    };
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
    const next = await answerToStore(draft.id, event.detail.value as AnswerValue | FileValue);
    if (!next.ok) {
      this.storageProblem = next.problem;
      return;
    }
    this.draft = {
      ...this.draft!,
      answers: setAnswer(this.draft!.answers, path, next.answer),
      prefilled: (this.draft!.prefilled ?? []).filter((prefilled) => prefilled !== path),
    };
    // On a full disk the typed value stays in the field and in memory; the next change (or
    // "Weiter") writes the whole value again once there is space.
    this.storageProblem = await storeAnswer(draft.id, path, next.answer);
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
    // A question marked for staff may stay open for now; the final check still asks for it.
    const marked = this.draft!.askStaff?.includes(page.path) ?? false;
    if (await this.showErrors(marked ? [] : result.errors)) return;
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
      onConfirm: (choice) => void this.confirm(choice),
      askStaff: draft.askStaff ?? [],
      printUrl: `/draft/${encodeURIComponent(draft.id)}/print`,
      declarationError: this.errors.some((error) => error.code === 'declaration')
        ? t('forms:check.declarationError')
        : '',
    });
  }

  /** The person agreed: stored with the case (sealed), then the first question. */
  private async recordConsent(lang: string): Promise<void> {
    this.draft = await workerApi().recordConsent(this.draft!.id, {
      lang,
      textVersion: CONSENT_TEXT_VERSION,
    });
    await this.focusHeading();
  }

  private async confirm({ declared, saveProfile }: { declared: boolean; saveProfile: boolean }) {
    const draft = this.draft!;
    const result = await workerApi().validateDraft(draft.id);
    // The declaration is part of the check page, not of the form's answers.
    const declaration: FieldError[] = declared
      ? []
      : [{ path: '#declaration', elementId: '#declaration', code: 'declaration' }];
    if (await this.showErrors([...result.errors, ...declaration])) return;
    // Personal details are kept for later forms only when the citizen ticked the box.
    if (saveProfile) await workerApi().saveProfileFromDraft(draft.id);
    this.draft = await workerApi().setDraftStatus(draft.id, 'ready');
    await this.focusHeading();
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
