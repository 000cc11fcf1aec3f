import { html, nothing, type TemplateResult } from 'lit';
import type { Answers, FormDefinition, FormElement } from './model/form-definition.ts';
import { getAnswer, groupInstances } from './model/answers.ts';
import type { FieldError } from '../validation/index.ts';
import { t } from '../i18n/i18n.ts';
import { formatAnswer } from './format-answer.ts';
import { fieldDomId } from './field-template.ts';
import { pageOwnsPath, type GuidedPage } from './guided-pages.ts';

/** What the check-answers page needs. */
export interface CheckAnswersInput {
  /** The form. */
  form: FormDefinition;
  /** The answers. */
  answers: Answers;
  /** The guided pages, in order. */
  pages: GuidedPage[];
  /** Errors from the last full check. */
  errors: FieldError[];
  /** Translates an error. */
  message: (error: FieldError) => string;
  /** Goes back to a page to change an answer. */
  onChange: (page: string) => void;
  /** The user confirms: whether they made the declaration and agreed to keep their details. */
  onConfirm: (choice: { declared: boolean; saveProfile: boolean }) => void;
  /** Shown when the declaration was not made. */
  declarationError: string;
  /** Pages marked "ask staff". */
  askStaff: string[];
  /** Where the printout of this draft is (the analog path). */
  printUrl: string;
}

interface Row {
  label: string;
  value: string;
  /** On the first row of a repeatable group's instance: its name ("Person 2"). */
  instance?: string;
}

function rowsOf(element: FormElement, path: string, answers: Answers, form: FormDefinition): Row[] {
  if (element.kind === 'field') {
    if (element.type === 'info') return [];
    return [
      {
        label: element.label,
        value: formatAnswer(element, getAnswer(answers, path), form.codeLists),
      },
    ];
  }
  return groupInstances(answers, path).flatMap((_, index) => {
    const instance = `${element.itemLabel ?? element.label} ${index + 1}`;
    return element.children
      .flatMap((child) => rowsOf(child, `${path}[${index}].${child.id}`, answers, form))
      .map((row, at) => ({
        label: `${instance}: ${row.label}`,
        value: row.value,
        ...(at === 0 ? { instance } : {}),
      }));
  });
}

const changeId = (page: GuidedPage): string => `change-${fieldDomId(page.path)}`;

/** The questions the citizen wants to clarify with a staff member, each with a way back to it. */
function renderAskStaffList(input: CheckAnswersInput): TemplateResult | typeof nothing {
  const marked = input.pages.filter((page) => input.askStaff.includes(page.path));
  if (!marked.length) return nothing;
  return html`<section class="ask-staff-list" aria-labelledby="ask-staff-heading">
    <h2 id="ask-staff-heading">${t('forms:askStaff.listTitle')}</h2>
    <ul>
      ${marked.map(
        (page) =>
          html`<li>
            <button type="button" class="link" @click=${() => input.onChange(page.path)}>
              ${page.element.label}
            </button>
          </li>`,
      )}
    </ul>
  </section>`;
}

/** GOV.UK "check your answers": every question with its answer and a change link, then confirm. */
export function renderCheckAnswers(input: CheckAnswersInput): TemplateResult {
  const { form, answers, pages, errors } = input;
  const topics = [...new Set(pages.map((page) => page.topic))];
  return html`
    ${
      errors.length
        ? html`<lotse-error-summary
            .heading=${t('ui:errorSummary.title')}
            .errors=${errors.map((error) => {
              if (error.code === 'declaration') {
                return { targetId: 'declaration', message: input.declarationError };
              }
              const page = pages.find((candidate) => pageOwnsPath(candidate.path, error.path));
              return { targetId: page ? changeId(page) : '', message: input.message(error) };
            })}
          ></lotse-error-summary>`
        : nothing
    }
    <h1 tabindex="-1">${t('forms:check.title')}</h1>
    ${renderAskStaffList(input)}
    ${topics.map(
      (topic) =>
        html`<h2>${topic}</h2>
          <dl class="summary-list">
            ${pages
              .filter((page) => page.topic === topic)
              .flatMap((page) =>
                rowsOf(page.element, page.path, answers, form).map(
                  (row, index) =>
                    html`<div>
                      <dt>${row.label}</dt>
                      <dd><bdi>${row.value || t('forms:check.nothing')}</bdi></dd>
                      <dd class="change">
                        ${
                          index === 0
                            ? html`<button
                                type="button"
                                class="link"
                                id=${changeId(page)}
                                @click=${() => input.onChange(page.path)}
                              >
                                ${t('forms:check.change')}<span class="visually-hidden">
                                  ${page.kind === 'repeat' ? page.element.label : row.label}</span
                                >
                              </button>`
                            : row.instance
                              ? // Every person (or other entry) of a list gets its own way back.
                                html`<button
                                  type="button"
                                  class="link"
                                  @click=${() => input.onChange(page.path)}
                                >
                                  ${t('forms:check.change')}<span class="visually-hidden">
                                    ${row.instance}</span
                                  >
                                </button>`
                              : nothing
                        }
                      </dd>
                    </div>`,
                ),
              )}
          </dl>`,
    )}
    <p><a href=${input.printUrl}>${t('drafts:list.print')}</a></p>
    <h2>${t('forms:check.confirmTitle')}</h2>
    <p>${t('forms:check.confirmText')}</p>
    <div class=${input.declarationError ? 'declaration has-error' : 'declaration'}>
      ${
        input.declarationError
          ? html`<p class="error-message" id="declaration-error">${input.declarationError}</p>`
          : nothing
      }
      <p class="consent">
        <input
          type="checkbox"
          id="declaration"
          aria-describedby=${input.declarationError ? 'declaration-error' : nothing}
          aria-invalid=${input.declarationError ? 'true' : nothing}
        />
        <label for="declaration">${t('forms:check.declaration')}</label>
      </p>
    </div>
    <p class="consent">
      <input type="checkbox" id="save-profile" />
      <label for="save-profile">${t('forms:check.saveProfile')}</label>
    </p>
    <button
      type="button"
      class="confirm"
      @click=${(event: Event) => {
        const root = (event.target as HTMLElement).getRootNode() as ShadowRoot;
        const checked = (id: string) =>
          root.querySelector<HTMLInputElement>(`#${id}`)?.checked ?? false;
        input.onConfirm({ declared: checked('declaration'), saveProfile: checked('save-profile') });
      }}
    >
      ${t('forms:check.confirm')}
    </button>
  `;
}
