import { describe, expect, it } from 'vitest';
import { SchemaMessage3 } from 'xdatenfelder-xml/dist/v3/parser.js';
import { importXDatenfelder } from '../../../src/forms/xdf/import-xdatenfelder.ts';
import { codes, fieldAt, groupAt, readFixture, walk, xdf3WithField } from './xdf-helpers.ts';

const FILE = 'S00000000901-Hundesteuer-xdf3.xml';
const xml = readFixture(FILE);
const { form, report } = importXDatenfelder(xml, FILE);

describe('importing a hand-written XDatenfelder 3.0.0 schema', () => {
  it('reads the real schema, never the placeholder of xdatenfelder-xml’s 3.0 schema stub', () => {
    // The library's stub answers "Some Schema" for any input; the importer must not.
    expect(SchemaMessage3.fromString(xml).container.schema.name).toBe('Some Schema');
    expect(form.title).not.toBe('Some Schema');
    expect(form.title).toBe('Anmeldung eines Hundes zur Hundesteuer');
    expect(form.id).toBe('S00000000901');
    expect(form.version).toBe('1.2.0');
    expect(form.description).toMatch(/innerhalb von zwei Wochen/);
    expect(report.standard).toBe('xdf3');
    expect(report.counts).toEqual({ fields: 20, groups: 3, rules: 2, codeLists: 3 });
    expect(walk(form.elements)).toHaveLength(23);
  });

  it('takes the LeiKa key the schema states in a stichwort', () => {
    expect(form.leikaKeys).toEqual(['99102013002000']);
    expect(importXDatenfelder(xml, FILE, { leikaKeys: ['99102013000000'] }).form.leikaKeys).toEqual(
      ['99102013002000', '99102013000000'],
    );
  });

  it('keeps a nested group inside a group', () => {
    const address = groupAt(form.elements, 'G00000000901', 'G60000000086');
    expect(address).toMatchObject({
      label: 'Anschrift',
      fimVersion: '1.2.0',
      occurs: { min: 1, max: 1 },
    });
    expect(address.children.map((child) => child.id)).toEqual([
      'F60000000243',
      'F60000000244',
      'F60000000246',
      'F60000000247',
    ]);
  });

  it('keeps a repeatable group (anzahl 1:*) with its fields', () => {
    const dog = groupAt(form.elements, 'G00000000902');
    expect(dog.occurs).toEqual({ min: 1, max: null });
    expect(dog.children).toHaveLength(6);
  });

  it('turns inline werte into code list entries, radios for few values and a dropdown for more', () => {
    const kind = fieldAt(form.elements, 'G00000000902', 'F00000000902');
    expect(kind).toMatchObject({ type: 'radio', codeListId: 'werte:F00000000902' });
    expect(form.codeLists['werte:F00000000902']?.entries).toEqual([
      { code: '001', label: 'Mischling' },
      { code: '002', label: 'Rassehund' },
      { code: '003', label: 'Listenhund' },
    ]);
    expect(fieldAt(form.elements, 'F00000000906')).toMatchObject({
      type: 'select',
      codeListId: 'werte:F00000000906',
    });
    expect(form.codeLists['werte:F00000000906']?.entries).toHaveLength(6);
  });

  it('keeps a referenced code list and reports that its values are missing', () => {
    const breed = fieldAt(form.elements, 'G00000000902', 'F00000000903');
    expect(breed).toMatchObject({
      type: 'select',
      codeListId: 'urn:de:example:codeliste:hunderassen_2024-01-01',
    });
    expect(form.codeLists[breed.codeListId!]).toEqual({
      id: 'urn:de:example:codeliste:hunderassen_2024-01-01',
      canonicalUri: 'urn:de:example:codeliste:hunderassen',
      version: '2024-01-01',
      entries: [],
    });
    expect(
      report.notes.some((n) => n.elementId === breed.codeListId && n.severity === 'warning'),
    ).toBe(true);
  });

  it('maps praezisierung attributes to constraints', () => {
    expect(fieldAt(form.elements, 'G00000000902', 'F00000000907').constraints).toEqual({
      minLength: 15,
      maxLength: 15,
      pattern: '[0-9]{15}',
    });
    expect(fieldAt(form.elements, 'F00000000911')).toMatchObject({
      type: 'integer',
      constraints: { min: 1, max: 20 },
    });
    expect(fieldAt(form.elements, 'F00000000912')).toMatchObject({
      type: 'money',
      constraints: { min: 0 },
    });
    expect(fieldAt(form.elements, 'F00000000913')).toMatchObject({
      type: 'textarea',
      constraints: { maxLength: 1000 },
    });
  });

  it('maps dates with their earliest allowed day', () => {
    expect(fieldAt(form.elements, 'G00000000902', 'F00000000904')).toMatchObject({
      type: 'date',
      constraints: { min: '1995-01-01' },
    });
  });

  it('maps a file field with accepted media types and its size limit', () => {
    expect(fieldAt(form.elements, 'G00000000902', 'F00000000908')).toMatchObject({
      type: 'file',
      constraints: { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 5_000_000 },
    });
  });

  it('keeps a label field as information text with its content', () => {
    expect(fieldAt(form.elements, 'F00000000909')).toMatchObject({
      type: 'info',
      label: 'Datenschutz',
      hint: expect.stringMatching(/nur für die Festsetzung/) as string,
    });
  });

  it('keeps schema and group rules as hints and reports that scripts are not executed', () => {
    expect(form.rules).toEqual([
      {
        id: 'R00000000901',
        description: expect.stringMatching(/^WENN F00000000905/) as string,
        targets: [],
      },
      {
        id: 'R00000000902',
        description: expect.stringMatching(/Listenhund/) as string,
        targets: ['G00000000902'],
      },
    ]);
    expect(report.notes.find((n) => n.elementId === 'R00000000901')?.message).toMatch(
      /kept as hint.*script is not executed/,
    );
  });

  it('prefills the harmonised XDatenfelder 3 name, address and e-mail fields', () => {
    const prefill = Object.fromEntries(
      walk(form.elements).flatMap(({ element }) =>
        element.kind === 'field' && element.prefill ? [[element.id, element.prefill]] : [],
      ),
    );
    expect(prefill).toEqual({
      F60000000227: 'person.familienname',
      F60000000228: 'person.vornamen',
      F60000000243: 'anschrift.strasse',
      F60000000244: 'anschrift.hausnummer',
      F60000000246: 'anschrift.plz',
      F60000000247: 'anschrift.ort',
      F60000000242: 'kontakt.email',
    });
    expect(fieldAt(form.elements, 'G00000000901', 'F60000000242')).toMatchObject({
      type: 'text',
      constraints: { maxLength: 254, validator: 'email' },
    });
  });
});

describe('mapping XDatenfelder 3.0 field kinds without a 1:1 Lotse type', () => {
  const single = (inner: string, anzahl?: string) => {
    const result = importXDatenfelder(xdf3WithField(inner, anzahl));
    return { field: fieldAt(result.form.elements, 'F00000000999'), notes: result.report.notes };
  };

  it('asks a time as text with an hh:mm pattern', () => {
    const { field, notes } = single(codes('input', 'time'));
    expect(field).toMatchObject({
      type: 'text',
      constraints: { pattern: '([01]?[0-9]|2[0-3]):[0-5][0-9]' },
    });
    expect(notes.some((n) => n.message.includes('"time"'))).toBe(true);
  });

  it('keeps a hidden field as information text with a warning', () => {
    const { field, notes } = single(codes('hidden', 'text'));
    expect(field.type).toBe('info');
    expect(notes).toContainEqual(
      expect.objectContaining({ severity: 'warning', elementId: 'F00000000999' }),
    );
  });

  it('asks a repeatable select as checkboxes', () => {
    const values =
      '<xdf3:werte><xdf3:wert><xdf3:code>a</xdf3:code><xdf3:name>A</xdf3:name></xdf3:wert></xdf3:werte>';
    const { field } = single(codes('select', 'text') + values, '0:3');
    expect(field).toMatchObject({ type: 'checkboxes', occurs: { min: 0, max: 1 } });
  });

  it('asks a select without any values as text and warns', () => {
    const { field, notes } = single(codes('select', 'text'));
    expect(field.type).toBe('text');
    expect(
      notes.some((n) => n.severity === 'warning' && n.message.includes('without code list')),
    ).toBe(true);
  });

  it('reports and ignores an invalid pattern instead of failing', () => {
    const { field, notes } = single(
      `${codes('input', 'text')}<xdf3:praezisierung pattern="([a-z"/>`,
    );
    expect(field.constraints).toBeUndefined();
    expect(notes.some((n) => n.message.includes('not a valid regular expression'))).toBe(true);
  });
});
