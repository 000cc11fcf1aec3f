import { html, nothing, type TemplateResult } from 'lit';
import type { DraftRow } from '../db/database.ts';
import type { FormDefinition, FormElement } from './model/form-definition.ts';
import { getAnswer, groupInstances } from './model/answers.ts';
import type { FieldError, VisibleElement } from '../validation/index.ts';
import { t } from '../i18n/i18n.ts';
import { fieldDomId, renderField } from './field-template.ts';
import { citizenLabel, secondaryTexts, textLangOf, type FormView } from './form-view.ts';

/** What rendering the elements of a draft needs. */
export interface ElementContext {
  /** The form, with the words of the UI language. */
  form: FormDefinition;
  /** The form's languages (marks untranslated words, adds the citizen's language). */
  view: FormView;
  /** The draft with its answers. */
  draft: DraftRow;
  /** Visible elements by path (validation's visibleElements). */
  visible: Map<string, VisibleElement>;
  /** Errors to show inline. */
  errors: FieldError[];
  /** Translates an error. */
  message: (error: FieldError) => string;
  /** Adds an instance to the repeatable group at a path. */
  onAdd: (path: string) => void;
  /** Removes an instance of the repeatable group at a path. */
  onRemove: (path: string, index: number) => void;
}

/**
 * A group's or step's heading: its words, marked when untranslated, and in the dual-language
 * view the citizen's words under them.
 */
export function headingText(view: FormView, element: FormElement): TemplateResult {
  const german = textLangOf(view.primary, element.id);
  const citizen = citizenLabel(view, element.id);
  return html`<span lang=${german || nothing}>${element.label}</span>${
      german ? html` <span class="in-german">(${t('ui:field.inGerman')})</span>` : nothing
    }${
      citizen && view.citizen
        ? html`<span class="second-language" lang=${view.citizen.lang} dir=${view.citizen.dir}
            >${citizen}</span
          >`
        : nothing
    }`;
}

/** A field, a group (fieldset) or a repeatable group (repeat list), if visible. */
export function renderElement(
  context: ElementContext,
  element: FormElement,
  parent: string,
): TemplateResult {
  const { draft, form, visible } = context;
  const path = parent ? `${parent}.${element.id}` : element.id;
  if (!visible.has(path)) return html``;
  if (element.kind === 'field') {
    const error = context.errors.find((candidate) => candidate.path === path);
    return renderField(element, {
      path,
      value: getAnswer(draft.answers, path),
      error: error ? context.message(error) : '',
      required: visible.get(path)?.required ?? false,
      codeLists: form.codeLists,
      prefilled: draft.prefilled?.includes(path) ?? false,
      textLang: textLangOf(context.view.primary, element.id),
      secondary: secondaryTexts(context.view, element),
    });
  }
  if (element.occurs.max === 1) {
    return html`<fieldset>
      <legend>${headingText(context.view, element)}</legend>
      ${renderChildren(context, element, `${path}[0]`)}
    </fieldset>`;
  }
  const count = Math.max(groupInstances(draft.answers, path).length, element.occurs.min);
  const item = element.itemLabel ?? element.label;
  return html`<lotse-repeat-list
    id=${fieldDomId(path)}
    data-path=${path}
    .count=${count}
    .min=${element.occurs.min}
    .max=${element.occurs.max}
    item-label=${item}
    add-label=${t('forms:draft.addAnother', { item })}
    @lotse-add=${() => context.onAdd(path)}
    @lotse-remove=${(event: CustomEvent<{ index: number }>) =>
      context.onRemove(path, event.detail.index)}
  >
    ${Array.from(
      { length: count },
      (_, index) =>
        html`<div slot=${`item-${index}`}>
          ${renderChildren(context, element, `${path}[${index}]`)}
        </div>`,
    )}
  </lotse-repeat-list>`;
}

/** The children of one group instance. */
export function renderChildren(
  context: ElementContext,
  group: Extract<FormElement, { kind: 'group' }>,
  instancePath: string,
): TemplateResult[] {
  return group.children.map((child) => renderElement(context, child, instancePath));
}

/** Full mode: every visible top-level element as a section with its heading. */
export function renderSections(context: ElementContext): (TemplateResult | typeof nothing)[] {
  return context.form.elements.map((element) => {
    if (!context.visible.has(element.id)) return nothing;
    const body =
      element.kind === 'group' && element.occurs.max === 1
        ? renderChildren(context, element, `${element.id}[0]`)
        : renderElement(context, element, '');
    return html`<section aria-labelledby=${`section-${element.id}`}>
      <h2 id=${`section-${element.id}`}>${headingText(context.view, element)}</h2>
      ${body}
    </section>`;
  });
}
