import { describe, expect, it } from 'vitest';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import {
  buildPrintSections,
  type PrintBlock,
  type PrintFormatter,
  type PrintSection,
} from '../../../src/forms/print-model.ts';
import type { FormDefinition } from '../../../src/forms/model/form-definition.ts';

const wohnsitz = bundledForms.find((form) => form.id === 'lotse-wohnsitz-anmeldung')!;

/** Plain text of an answer; the German wording is the print view's job (print-format.ts). */
const plain: PrintFormatter = (_field, value) => {
  if (value === null || value === '') return '';
  if (typeof value === 'object' && 'day' in value)
    return `${value.day}.${value.month}.${value.year}`;
  if (typeof value === 'object' && 'name' in value) return value.name;
  return String(value);
};

/** "label: value" lines of the rows, groups as "# heading", missing answers as "MISSING". */
function outline(blocks: PrintBlock[], depth = 0): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'row'
      ? [`${'  '.repeat(depth)}${block.label}: ${block.missing ? 'MISSING' : block.value}`]
      : [`${'  '.repeat(depth)}# ${block.heading}`, ...outline(block.blocks, depth + 1)],
  );
}

const section = (sections: PrintSection[], heading: string) =>
  sections.find((candidate) => candidate.heading === heading)!;

describe('the printout of a draft', () => {
  it('groups the answers by topic in the order of the form', () => {
    const sections = buildPrintSections(wohnsitz, {}, plain);
    expect(sections.map((candidate) => candidate.heading)).toEqual([
      'Einzug',
      'Neue Wohnung',
      'Bisherige Wohnung',
      'Personen, die einziehen',
      'Nachweise',
      'Kontakt',
    ]);
  });

  it('marks required questions without an answer, not optional ones', () => {
    const answers = {
      G_lotse_neue_wohnung: [{ F00000053: 'Kampstraße', F00000054: '44137' }],
    };
    const rows = outline(
      section(buildPrintSections(wohnsitz, answers, plain), 'Neue Wohnung').blocks,
    );
    expect(rows).toEqual([
      'Straße: Kampstraße',
      'Hausnummer: MISSING',
      'Adresszusatz: ',
      'Postleitzahl: 44137',
      'Ort: MISSING',
    ]);
  });

  it('numbers the people of a repeatable group', () => {
    const answers = {
      G_lotse_personen: [
        { F00000013: 'Haddad', F00000045: 'Amira' },
        { F00000013: 'Haddad', F00000045: 'Omar' },
      ],
    };
    const people = section(buildPrintSections(wohnsitz, answers, plain), 'Personen, die einziehen');
    const headings = people.blocks.map((block) => (block.kind === 'group' ? block.heading : ''));
    expect(headings).toEqual(['Person 1', 'Person 2']);
    expect(outline(people.blocks)).toContain('  Vornamen: Omar');
  });

  it("prints a required group nobody started with its first person's questions marked", () => {
    const people = section(buildPrintSections(wohnsitz, {}, plain), 'Personen, die einziehen');
    expect(outline(people.blocks).slice(0, 3)).toEqual([
      '# Person 1',
      '  Familienname: MISSING',
      '  Geburtsname: ',
    ]);
  });

  it('leaves out questions the answers hide, and prints those they reveal', () => {
    const abroad = buildPrintSections(
      wohnsitz,
      { G_lotse_bisherige_wohnung: [{ F_lotse_zuzug_ausland: true }] },
      plain,
    );
    expect(outline(section(abroad, 'Bisherige Wohnung').blocks)).toEqual([
      'Sind Sie aus dem Ausland hierher gezogen?: true',
      'Aus welchem Staat sind Sie zugezogen?: MISSING',
    ]);
  });

  it('shows which questions the citizen wants to clarify at the office', () => {
    const page = 'G_lotse_einzug[0].F_lotse_wohnungsart';
    const rows = section(buildPrintSections(wohnsitz, {}, plain, [page]), 'Einzug').blocks;
    expect(rows.filter((row) => row.kind === 'row' && row.askStaff).map((row) => row.path)).toEqual(
      [page],
    );
  });

  it('collects top-level questions outside any group in one untitled section', () => {
    const form: FormDefinition = {
      ...wohnsitz,
      elements: [
        { kind: 'field', id: 'F1', label: 'Name', type: 'text', occurs: { min: 1, max: 1 } },
        { kind: 'field', id: 'F2', label: 'Hinweis', type: 'info', occurs: { min: 0, max: 1 } },
        { kind: 'field', id: 'F3', label: 'Alter', type: 'integer', occurs: { min: 0, max: 1 } },
      ],
      rules: [],
    };
    const sections = buildPrintSections(form, { F1: 'Amira' }, plain);
    expect(sections).toHaveLength(1);
    expect(sections[0]!.heading).toBeNull();
    // Information texts are not answers: they are not printed.
    expect(outline(sections[0]!.blocks)).toEqual(['Name: Amira', 'Alter: ']);
  });
});
