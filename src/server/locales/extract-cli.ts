/**
 * `npm run locales:extract`: writes the derived German source files (see source-strings.ts) to
 * `locales/de/`. Run it after changing a form definition or the catalogue, then translate the
 * changed keys in every language (`npm run test:unit` lists what is missing).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundledForms } from '../../forms/definitions/index.ts';
import type { CatalogueDocument } from '../../shared/catalogue.ts';
import { BUNDLED_CATALOGUE } from '../catalogue/bundled.ts';
import { readJsonFile } from '../catalogue/read-json.ts';
import { sourceFiles } from './source-strings.ts';

const target = join(import.meta.dirname, '../../../locales/de');
const catalogue = (await readJsonFile(BUNDLED_CATALOGUE)) as CatalogueDocument;
const files = sourceFiles(catalogue, bundledForms);
for (const [name, content] of Object.entries(files)) {
  await writeFile(join(target, name), `${JSON.stringify(content, null, 2)}\n`);
  process.stdout.write(`locales/de/${name}\n`);
}
