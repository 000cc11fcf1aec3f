/** Fixture access and small generated XDatenfelder documents for the import tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  FieldElement,
  FormElement,
  GroupElement,
} from '../../../src/forms/model/form-definition.ts';

/** Directory of the XDatenfelder fixtures. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/xdf/', import.meta.url));

/** Text of a fixture file. */
export function readFixture(name: string): string {
  return readFileSync(`${FIXTURE_DIR}${name}`, 'utf8');
}

/** Every element of a form tree, depth first, with the path of group ids above it. */
export function walk(
  elements: FormElement[],
  path: string[] = [],
): { element: FormElement; path: string[] }[] {
  return elements.flatMap((element) => [
    { element, path },
    ...(element.kind === 'group' ? walk(element.children, [...path, element.id]) : []),
  ]);
}

/** The element at a path of ids (`['G1', 'G2', 'F3']`). */
export function at(elements: FormElement[], ...ids: string[]): FormElement {
  let current: FormElement | undefined;
  let level = elements;
  for (const id of ids) {
    current = level.find((element) => element.id === id);
    if (!current) throw new Error(`No element ${id} in ${ids.join(' › ')}`);
    level = current.kind === 'group' ? current.children : [];
  }
  if (!current) throw new Error('Empty path');
  return current;
}

/** The field at a path (fails the test when it is a group). */
export function fieldAt(elements: FormElement[], ...ids: string[]): FieldElement {
  const element = at(elements, ...ids);
  if (element.kind !== 'field') throw new Error(`${ids.join(' › ')} is a group`);
  return element;
}

/** The group at a path (fails the test when it is a field). */
export function groupAt(elements: FormElement[], ...ids: string[]): GroupElement {
  const element = at(elements, ...ids);
  if (element.kind !== 'group') throw new Error(`${ids.join(' › ')} is a field`);
  return element;
}

/** A minimal XDatenfelder 3.0.0 schema message with one field made of the given inner XML. */
export function xdf3WithField(inner: string, anzahl = '1:1'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xdf3:xdatenfelder.stammdatenschema.0102 xmlns:xdf3="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
  <xdf3:stammdatenschema>
    <xdf3:identifikation><xdf3:id>S00000000999</xdf3:id><xdf3:version>1.0.0</xdf3:version></xdf3:identifikation>
    <xdf3:name>Testschema</xdf3:name>
    <xdf3:bezeichnung>Testschema</xdf3:bezeichnung>
    <xdf3:struktur>
      <xdf3:anzahl>${anzahl}</xdf3:anzahl>
      <xdf3:enthaelt>
        <xdf3:datenfeld>
          <xdf3:identifikation><xdf3:id>F00000000999</xdf3:id><xdf3:version>1.0.0</xdf3:version></xdf3:identifikation>
          <xdf3:name>Testfeld</xdf3:name>
          <xdf3:bezeichnungEingabe>Testfeld</xdf3:bezeichnungEingabe>
          ${inner}
        </xdf3:datenfeld>
      </xdf3:enthaelt>
    </xdf3:struktur>
  </xdf3:stammdatenschema>
</xdf3:xdatenfelder.stammdatenschema.0102>`;
}

/** feldart and datentyp elements in XÖV code notation. */
export function codes(feldart: string, datentyp: string): string {
  return `<xdf3:feldart><code>${feldart}</code></xdf3:feldart><xdf3:datentyp><code>${datentyp}</code></xdf3:datentyp>`;
}
