import { html, nothing, type TemplateResult } from 'lit';
import type { DraftRow } from '../db/database.ts';
import type { FormDefinition, FormElement } from './model/form-definition.ts';
import { getAnswer, groupInstances } from './model/answers.ts';
import type { FieldError, VisibleElement } from '../validation/index.ts';
import { t } from '../i18n/i18n.ts';
import { fieldDomId, renderField } from './field-template.ts';

/** What rendering the elements of a draft needs. */
export interface ElementContext {
  /** The form. */
  form: FormDefinition;
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
    });
  }
  if (element.occurs.max === 1) {
    return html`<fieldset>
      <legend>${element.label}</legend>
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
      <h2 id=${`section-${element.id}`}>${element.label}</h2>
      ${body}
    </section>`;
  });
}
