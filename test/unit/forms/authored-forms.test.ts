import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import { findHarmonisedField } from '../../../src/forms/xdf/harmonised-fields.ts';
import { checkFormDefinition, compileExpression } from '../../../src/validation/index.ts';
import type { CatalogueDocument } from '../../../src/shared/catalogue.ts';
import { allElements, allExpressions, allFields, allGroups, codesUsed } from './form-walk.ts';

const DEFINITIONS = new URL('../../../src/forms/definitions/', import.meta.url);
const CATALOGUE = new URL('../../../src/server/catalogue/catalogue.json', import.meta.url);
const PREFILL_KEYS = new Set([
  'person.familienname',
  'person.vornamen',
  'person.geburtsdatum',
  'person.geburtsort',
  'person.geschlecht',
  'person.staatsangehoerigkeit',
  'anschrift.strasse',
  'anschrift.hausnummer',
  'anschrift.plz',
  'anschrift.ort',
  'kontakt.email',
  'kontakt.telefon',
]);
const CODED = new Set(['select', 'radio', 'checkboxes']);
/** Plain language: short sentences (guides recommend about 15 words; we allow at most 20). */
const MAX_WORDS_PER_SENTENCE = 20;

const authored = bundledForms.filter((form) => form.source.standard === 'lotse');
const leikaKeys = new Set(
  (JSON.parse(readFileSync(CATALOGUE, 'utf8')) as CatalogueDocument).services.map(
    (service) => service.leikaKey,
  ),
);

describe('the bundled form list', () => {
  it('lists every form file in the definitions folder', () => {
    const files = readdirSync(DEFINITIONS).filter((name) => name.endsWith('.json'));
    expect(bundledForms.map((form) => `${form.id}.json`).sort()).toEqual(files.sort());
    expect(authored).toHaveLength(4);
  });

  it('holds only definitions the validation module can run', () => {
    for (const form of bundledForms) {
      expect(form.format, form.id).toBe(1);
      expect(checkFormDefinition(form), form.id).toEqual([]);
    }
  });

  it('has no two forms with the same id', () => {
    const ids = bundledForms.map((form) => form.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(authored.map((form) => [form.id, form] as const))(
  'the authored form %s',
  (_, form) => {
    const fields = allFields(form);

    it('is a Lotse form of format 1, version 1.0, with a title and a plain-language description', () => {
      expect(form.format).toBe(1);
      expect(form.version).toBe('1.0');
      expect(form.source.standard).toBe('lotse');
      expect(form.title.trim()).not.toBe('');
      expect(form.description?.length).toBeGreaterThan(80);
    });

    it('links to LeiKa keys that exist in the catalogue', () => {
      expect(form.leikaKeys.length).toBeGreaterThan(0);
      for (const key of form.leikaKeys) expect(leikaKeys, key).toContain(key);
    });

    it('gives every element a unique id', () => {
      const ids = allElements(form).map((element) => element.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });

    it('uses groups as the top-level steps, each with a heading and help', () => {
      for (const step of form.elements) {
        expect(step.kind, step.id).toBe('group');
        expect(step.label.trim(), step.id).not.toBe('');
        expect(step.help?.trim(), step.id).toBeTruthy();
      }
    });

    it('asks every question with a label and a plain-language help text', () => {
      for (const field of fields) {
        expect(field.label.trim(), field.id).not.toBe('');
        expect(field.help?.trim().length ?? 0, field.id).toBeGreaterThan(20);
      }
    });

    it('keeps every sentence of help and description short', () => {
      const texts = [
        form.description ?? '',
        ...allElements(form).map((element) => element.help ?? ''),
      ];
      const long = texts
        .flatMap((text) => text.split(/(?<=[.!?])\s+/))
        .filter((sentence) => sentence.split(/\s+/).length > MAX_WORDS_PER_SENTENCE);
      expect(long).toEqual([]);
    });

    it('takes every select, radio and checkboxes answer from a code list with entries', () => {
      for (const field of fields.filter((candidate) => CODED.has(candidate.type))) {
        const list = form.codeLists[field.codeListId ?? ''];
        expect(list?.entries.length ?? 0, field.id).toBeGreaterThan(1);
        const codes = list!.entries.map((entry) => entry.code);
        expect(new Set(codes).size, field.id).toBe(codes.length);
      }
    });

    it('uses every code list it declares', () => {
      const used = new Set(fields.map((field) => field.codeListId));
      for (const [id, list] of Object.entries(form.codeLists)) {
        expect(list.id).toBe(id);
        expect(used, id).toContain(id);
      }
    });

    it('has a repeatable group, a date, a money amount, a code list, a condition and an upload', () => {
      expect(
        allGroups(form).some((group) => group.occurs.max === null || group.occurs.max > 1),
      ).toBe(true);
      const types = new Set(fields.map((field) => field.type));
      for (const type of ['date', 'money', 'file'] as const) expect(types).toContain(type);
      expect(fields.some((field) => CODED.has(field.type))).toBe(true);
      expect(allElements(form).some((element) => element.relevantWhen !== undefined)).toBe(true);
    });

    it('accepts photos and PDF files of at most 10 MB for every upload', () => {
      for (const field of fields.filter((candidate) => candidate.type === 'file')) {
        expect(field.constraints?.accept, field.id).toEqual(['image/*', 'application/pdf']);
        expect(field.constraints?.maxBytes, field.id).toBe(10 * 1024 * 1024);
      }
    });

    it('prefills only from known profile keys, on the harmonised FIM field ids the importer uses', () => {
      for (const field of fields) {
        const harmonised = findHarmonisedField(field.id);
        expect(field.prefill, field.id).toBe(harmonised?.profileKey);
        if (field.prefill !== undefined) expect(PREFILL_KEYS).toContain(field.prefill);
      }
      expect(fields.filter((field) => field.prefill?.startsWith('person.')).length).toBeGreaterThan(
        2,
      );
      expect(fields.filter((field) => field.prefill?.startsWith('kontakt.'))).toHaveLength(2);
    });

    it('makes every conditional question optional by itself and required only through requiredWhen', () => {
      for (const element of allElements(form).filter((candidate) => candidate.relevantWhen)) {
        if (element.kind === 'field') expect(element.occurs.min, element.id).toBe(0);
      }
    });

    it('compiles every condition and rule check with the expression language', () => {
      const expressions = allExpressions(form);
      expect(expressions.length).toBeGreaterThan(3);
      for (const { owner, source } of expressions) {
        expect(() => compileExpression(source), owner).not.toThrow();
      }
    });

    it('passes the definition check of the validation module', () => {
      expect(checkFormDefinition(form)).toEqual([]);
    });

    it('compares code list answers only with codes of their list', () => {
      const byId = new Map(fields.map((field) => [field.id, field]));
      for (const { owner, source } of allExpressions(form)) {
        for (const { fieldId, code } of codesUsed(source)) {
          const list = form.codeLists[byId.get(fieldId)?.codeListId ?? ''];
          expect(
            list?.entries.map((entry) => entry.code),
            `${owner}: ${fieldId} '${code}'`,
          ).toContain(code);
        }
      }
    });

    it('aims every rule at existing questions and explains how to fix it', () => {
      const ids = new Set(allElements(form).map((element) => element.id));
      expect(form.rules.length).toBeGreaterThan(0);
      for (const rule of form.rules) {
        expect(rule.targets.length, rule.id).toBeGreaterThan(0);
        for (const target of rule.targets) expect(ids, rule.id).toContain(target);
        expect(rule.check, rule.id).toBeTruthy();
        expect(rule.message?.trim(), rule.id).toBeTruthy();
      }
    });
  },
);
