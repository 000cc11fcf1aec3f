import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importXDatenfelder } from '../../../src/forms/xdf/import-xdatenfelder.ts';
import { serializeForm } from '../../../src/forms/xdf/serialize-form.ts';
import type { FormDefinition } from '../../../src/forms/model/form-definition.ts';
import type { CatalogueDocument } from '../../../src/shared/catalogue.ts';
import { fieldAt, groupAt, readFixture, walk } from './xdf-helpers.ts';

const FILE = 'S00000121-BlaueKarte-xdf2.xml';
const xml = readFixture(FILE);
const BLAUE_KARTE_LEIKA = ['99010014000000', '99010014001001'];
const { form, report } = importXDatenfelder(xml, FILE, { leikaKeys: BLAUE_KARTE_LEIKA });
const all = walk(form.elements);

/** Distinct FIM ids with a prefix, read straight from the XML (independent of the importer). */
function idsInFile(prefix: string): Set<string> {
  return new Set(
    [...xml.matchAll(/<xdf:id>([A-Z]\d+)<\/xdf:id>/g)]
      .map((m) => m[1]!)
      .filter((id) => id.startsWith(prefix)),
  );
}

describe('importing the real BlaueKarte XDatenfelder 2.0 schema', () => {
  it('keeps all 71 fields, 23 groups and 3 rules of the file', () => {
    expect(idsInFile('F').size).toBe(71);
    expect(idsInFile('G').size).toBe(23);
    expect(idsInFile('R').size).toBe(3);
    expect(report.standard).toBe('xdf2');
    expect(report.counts).toEqual({ fields: 71, groups: 23, rules: 3, codeLists: 4 });
    const inForm = (kind: 'field' | 'group') =>
      new Set(all.filter(({ element }) => element.kind === kind).map(({ element }) => element.id));
    expect(inForm('field')).toEqual(idsInFile('F'));
    expect(inForm('group')).toEqual(idsInFile('G'));
    expect(new Set(form.rules.map((rule) => rule.id))).toEqual(idsInFile('R'));
  });

  it('keeps the schema identity, title and LeiKa links', () => {
    expect(form.id).toBe('S00000121');
    expect(form.version).toBe('1.0');
    expect(form.title).toBe('Antrag auf Blaue Karte EU');
    expect(form.leikaKeys).toEqual(BLAUE_KARTE_LEIKA);
    expect(form.source).toEqual({
      standard: 'xdf2',
      file: FILE,
      fimId: 'S00000121',
      fimVersion: '1.0',
    });
  });

  it('gives every field and group a label', () => {
    for (const { element } of all) expect(element.label.trim(), element.id).not.toBe('');
    expect(
      fieldAt(
        form.elements,
        'G00000633',
        'G00000632',
        'G00000587',
        'G00000046',
        'G00000245',
        'F00000087',
      ).label,
    ).toBe('ZeileAnschrift');
  });

  it('keeps the three free-text rules as hints without an executable check and lists them in the report', () => {
    expect(form.rules.map(({ id, targets }) => ({ id, targets }))).toEqual([
      { id: 'R00000254', targets: ['G00000636'] },
      { id: 'R00000252', targets: ['G00000637'] },
      { id: 'R00000255', targets: ['G00000638'] },
    ]);
    for (const rule of form.rules) {
      expect(rule.check).toBeUndefined();
      expect(rule.description).toMatch(/nur dann zu befüllen/);
      const note = report.notes.find((n) => n.elementId === rule.id);
      expect(note?.message).toContain('kept as hint');
    }
  });

  it('maps nested groups and anzahl to occurs', () => {
    expect(groupAt(form.elements, 'G00000771', 'G00000236', 'G00000237').occurs).toEqual({
      min: 0,
      max: 1,
    });
    const contacts = groupAt(form.elements, 'G00000642', 'G00000132', 'G00000016', 'G00000015');
    expect(contacts.occurs).toEqual({ min: 1, max: null });
    expect(contacts.children.map((child) => child.id)).toEqual([
      'F00000025',
      'F00000026',
      'F00000052',
    ]);
    const lines = fieldAt(
      form.elements,
      'G00000642',
      'G00000132',
      'G00000046',
      'G00000245',
      'F00000087',
    );
    expect(lines.occurs).toEqual({ min: 2, max: 5 });
    expect(fieldAt(form.elements, 'G00000630', 'F00000043').occurs).toEqual({ min: 0, max: 1 });
  });

  it('maps datentyp, praezisierung and code list references to field types and constraints', () => {
    const plz = fieldAt(
      form.elements,
      'G00000771',
      'G00000236',
      'G00000237',
      'G00000113',
      'F00000054',
    );
    expect(plz).toMatchObject({
      type: 'text',
      constraints: { minLength: 5, maxLength: 5, validator: 'plz' },
      prefill: 'anschrift.plz',
    });
    expect(fieldAt(form.elements, 'G00000630', 'F00000067').constraints).toEqual({
      minLength: 1,
      maxLength: 80,
    });
    expect(fieldAt(form.elements, 'G00000629', 'F00001016').type).toBe('date');
    expect(fieldAt(form.elements, 'G00000642', 'F00000728').type).toBe('money');
    expect(fieldAt(form.elements, 'G00000630', 'F00001017').type).toBe('number');
    expect(fieldAt(form.elements, 'G00000630', 'F00001019').type).toBe('file');
    expect(fieldAt(form.elements, 'G00000636', 'F00001027').type).toBe('boolean');
    const sex = fieldAt(form.elements, 'G00000630', 'F00000065');
    expect(sex).toMatchObject({ type: 'select', codeListId: 'C00000001' });
    expect(form.codeLists['C00000001']).toEqual({
      id: 'C00000001',
      canonicalUri: 'urn:xpersonenstand:schluesseltabelle:geschlecht',
      version: '2',
      entries: [],
    });
  });

  it('reports every referenced code list whose values must still be provided', () => {
    for (const id of ['C00000001', 'C00000002', 'C00000008', 'C00000009']) {
      expect(report.notes.find((n) => n.elementId === id)).toMatchObject({ severity: 'warning' });
    }
  });

  it('prefills the applicant’s harmonised fields but not the employer’s or university’s address', () => {
    const prefilled = all.flatMap(({ element }) =>
      element.kind === 'field' && element.prefill ? [element.id] : [],
    );
    expect(prefilled).toEqual([
      'F00000013',
      'F00000045',
      'F00000065',
      'F00000067',
      'F00000039',
      'F00000053',
      'F00000016',
      'F00000054',
      'F00000035',
    ]);
    expect(
      fieldAt(form.elements, 'G00000642', 'G00000132', 'G00000085', 'G00000040', 'F00000053')
        .prefill,
    ).toBeUndefined();
  });

  it('links the form to Blaue Karte EU services that exist in the published catalogue', () => {
    const catalogue = JSON.parse(
      readFileSync('src/server/catalogue/catalogue.json', 'utf8'),
    ) as CatalogueDocument;
    const names = BLAUE_KARTE_LEIKA.map(
      (key) => catalogue.services.find((s) => s.leikaKey === key)?.name,
    );
    expect(names).toEqual([
      'Blaue Karte EU',
      'Blaue Karte EU Erteilung zur Ausübung einer hochqualifizierten Beschäftigung',
    ]);
  });

  it('matches the committed src/forms/definitions/S00000121.json byte for byte (no drift)', () => {
    const committedText = readFileSync('src/forms/definitions/S00000121.json', 'utf8');
    const committed = JSON.parse(committedText) as FormDefinition;
    expect(committed).toEqual(form);
    expect(committedText).toBe(serializeForm(form));
  });
});
