import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../i18n/i18n.ts';

/** What the whole form on one page shows, rendered by the draft screen's own parts. */
export interface FullFormParts {
  /** Staff tools and any storage problem, as on a guided page. */
  top: TemplateResult;
  /** The error summary, if the last check found errors. */
  summary: TemplateResult | typeof nothing;
  /** The form's title (marked German where untranslated) and its description. */
  title: TemplateResult;
  description: string | undefined;
  /** Every visible topic as a section. */
  sections: readonly (TemplateResult | typeof nothing)[];
  onCheckAll: (event: Event) => void;
  onValue: (event: CustomEvent<{ value: unknown }>) => void;
}

/** Full mode: every visible topic as a section, one error summary, then "check your answers". */
export function renderFullForm(parts: FullFormParts): TemplateResult {
  return html`
    ${parts.top} ${parts.summary}
    <h1 tabindex="-1">${parts.title}</h1>
    ${parts.description ? html`<p class="help">${parts.description}</p>` : nothing}
    <form novalidate @submit=${parts.onCheckAll} @lotse-value-change=${parts.onValue}>
      ${parts.sections}
      <div class="actions">
        <button type="submit">${t('forms:mode.checkAll')}</button>
      </div>
    </form>
    <p class="saved">${t('forms:draft.savedOnDevice')}</p>
  `;
}
