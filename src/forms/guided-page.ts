import { html, nothing, type TemplateResult } from 'lit';
import { t } from '../i18n/i18n.ts';
import { directionIcon } from './direction-icon.ts';
import type { GuidedPage } from './guided-pages.ts';
import { askStaffToggle } from './draft-parts.ts';

/** What one page of guided mode shows, rendered by the draft screen's own parts. */
export interface GuidedPageParts {
  /** The page and where it sits ("Frage 3 von 17"). */
  page: GuidedPage;
  position: number;
  total: number;
  /** Staff tools and any storage problem, above the progress line. */
  top: TemplateResult;
  /** The form's title (marked German where untranslated). */
  title: TemplateResult;
  /** The error summary, if the page has errors. */
  summary: TemplateResult | typeof nothing;
  /** The page's heading text (one language, or both in the dual-language view). */
  heading: TemplateResult | string;
  readAloud: TemplateResult | typeof nothing;
  /** The page's question or group. */
  element: TemplateResult;
  /** Whether the citizen marked this question "ask staff". */
  askStaff: boolean;
  onAskStaff: (marked: boolean) => void;
  /** Back to the previous page; absent on the first page. */
  onBack: (() => void) | undefined;
  onNext: (event: Event) => void;
  onValue: (event: CustomEvent<{ value: unknown }>) => void;
}

/**
 * One question (or topic) per page: progress, heading (which the screen focuses), optional
 * read-aloud, the question with its help, "ask staff", back and "Weiter".
 */
export function renderGuidedPage(parts: GuidedPageParts): TemplateResult {
  const { page } = parts;
  return html`
    ${parts.top}
    <p class="progress">
      ${t('forms:draft.pageOf', { current: parts.position + 1, total: parts.total })} ·
      ${parts.title}
    </p>
    ${parts.summary}
    <h1 tabindex="-1">${parts.heading}</h1>
    ${parts.readAloud}
    <form novalidate @submit=${parts.onNext} @lotse-value-change=${parts.onValue}>
      ${page.infos.map(
        (info) =>
          html`<lotse-info-text .heading=${info.label} .text=${info.help ?? ''}></lotse-info-text>`,
      )}
      ${
        page.kind === 'repeat' && page.element.help
          ? html`<p class="help">${page.element.help}</p>`
          : nothing
      }
      ${parts.element} ${askStaffToggle(parts.askStaff, parts.onAskStaff)}
      <div class="actions step-nav">
        ${
          parts.onBack
            ? html`<button type="button" class="secondary back" @click=${parts.onBack}>
                ${directionIcon('back')} ${t('forms:draft.back')}
              </button>`
            : nothing
        }
        <button type="submit" class="next">
          ${t('forms:draft.next')} ${directionIcon('next')}
        </button>
      </div>
    </form>
    <p class="saved">${t('forms:draft.savedOnDevice')}</p>
  `;
}
