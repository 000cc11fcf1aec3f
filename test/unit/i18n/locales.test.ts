import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../../src/i18n/languages.ts';
import { BUNDLED_CATALOGUE } from '../../../src/server/catalogue/bundled.ts';
import { sourceFiles } from '../../../src/server/locales/source-strings.ts';
import type { CatalogueDocument } from '../../../src/shared/catalogue.ts';
import { localeProblems, pluralCategories } from './locale-rules.ts';

const LOCALES = join(import.meta.dirname, '../../../locales');
const read = (lng: string, file: string): unknown =>
  JSON.parse(readFileSync(join(LOCALES, lng, file), 'utf8'));
const germanFiles = readdirSync(join(LOCALES, SOURCE_LANGUAGE)).filter((f) => f.endsWith('.json'));

describe('locale files', () => {
  it('has a folder for exactly the offered languages', () => {
    const folders = readdirSync(LOCALES).sort();
    expect(folders).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  it('keeps the derived German files equal to the forms and the catalogue', () => {
    const catalogue = JSON.parse(readFileSync(BUNDLED_CATALOGUE, 'utf8')) as CatalogueDocument;
    for (const [name, content] of Object.entries(sourceFiles(catalogue, bundledForms))) {
      expect(read(SOURCE_LANGUAGE, name), `run npm run locales:extract (${name})`).toEqual(content);
    }
  });

  for (const { code } of LANGUAGES.filter((language) => language.code !== SOURCE_LANGUAGE)) {
    it(`${code}: every German key, no empty strings, same placeholders and plural forms`, () => {
      const problems: string[] = [];
      const files = readdirSync(join(LOCALES, code));
      for (const file of germanFiles) {
        if (!files.includes(file)) {
          problems.push(`${file}: missing`);
          continue;
        }
        const found = localeProblems(read(SOURCE_LANGUAGE, file), read(code, file), code);
        problems.push(...found.map((problem) => `${file}: ${problem}`));
      }
      for (const file of files) if (!germanFiles.includes(file)) problems.push(`${file}: extra`);
      expect(problems).toEqual([]);
    });
  }
});

describe('locale rules', () => {
  it('asks Arabic for six plural forms and Leichte Sprache for the German two', () => {
    expect(pluralCategories('ar')).toHaveLength(6);
    expect(pluralCategories('de-x-ls')).toEqual(pluralCategories('de'));
  });

  it('finds a missing key, an empty string, a lost placeholder and a missing plural form', () => {
    const german = { a: 'A {{label}}', b: 'B', n_one: 'ein', n_other: '{{count}} viele' };
    const target = { a: 'A', b: ' ', n_one: 'one', n_other: '{{count}} many', c: 'x' };
    expect(localeProblems(german, target, 'pl')).toEqual([
      'a lacks {{label}}',
      'b is empty',
      'missing key n_few',
      'missing key n_many',
      'unexpected key c (not in German)',
    ]);
  });
});
