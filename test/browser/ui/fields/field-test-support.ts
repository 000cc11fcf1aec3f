import axe from 'axe-core';
import { expect } from 'vitest';
import '../../../../src/app/global.css';
import { changeLanguage, initI18n } from '../../../../src/i18n/i18n.ts';
import '../../../../src/ui/fields/index.ts';
import type { FieldValue } from '../../../../src/ui/fields/field-events.ts';

let ready: Promise<void> | undefined;

/** Loads the real German UI strings once per test file. */
export function useGerman(): Promise<void> {
  ready ??= initI18n().then(() => changeLanguage('de'));
  return ready;
}

/** Creates an element with properties, adds it to the page and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  Object.assign(element, properties);
  document.body.append(element);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/** The element inside a field's shadow root. */
export function inside<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in ${host.localName}`);
  return found;
}

/** Every value a field emitted through `lotse-value-change`, in order. */
export function recordValues(target: EventTarget): FieldValue[] {
  const values: FieldValue[] = [];
  target.addEventListener('lotse-value-change', (event) => {
    values.push((event as CustomEvent<{ value: FieldValue }>).detail.value);
  });
  return values;
}

/** axe-core finds no WCAG 2.2 A/AA violation on the page. */
export async function expectAccessible(): Promise<void> {
  const { violations } = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
  });
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
