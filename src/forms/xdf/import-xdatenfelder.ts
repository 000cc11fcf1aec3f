/**
 * Imports an XDatenfelder 2.0 or 3.0.0 master data schema (Stammdatenschema) as a Lotse form.
 * Pure: no DOM, no Node APIs, so the CLI, the server and tests share it.
 */
import { detectStandard } from './detect.ts';
import { mapSchema } from './map-schema.ts';
import { readXdf2 } from './read-xdf2.ts';
import { readXdf3 } from './read-xdf3.ts';
import type { XdfImportOptions, XdfImportResult } from './report.ts';
import { parseXml } from './xml-tree.ts';

/**
 * The form and import report for a schema message. Throws XdfImportError for malformed XML, a
 * wrong root element, an unknown namespace or version, or a structurally broken schema.
 */
export function importXDatenfelder(
  xml: string,
  fileName?: string,
  options: XdfImportOptions = {},
): XdfImportResult {
  const root = parseXml(xml);
  const standard = detectStandard(root);
  const schema = standard === 'xdf2' ? readXdf2(root, xml) : readXdf3(root);
  return mapSchema(schema, { fileName, leikaKeys: options.leikaKeys });
}
