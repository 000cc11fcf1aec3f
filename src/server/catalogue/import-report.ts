/**
 * What an import tells the administrator: the document, plus every record it skipped or changed,
 * each pointing at the array position in the source file so it can be fixed there.
 */
import type { CatalogueDocument } from '../../shared/catalogue.ts';

/** One finding about one source record. */
export interface ImportProblem {
  /** Position of the record in the source array (0-based). */
  index: number;
  /** 'error': the record was skipped; 'warning': it was imported with the change described. */
  severity: 'error' | 'warning';
  /** What is wrong and what the importer did about it, in plain words. */
  reason: string;
  /** Source field the finding is about, when it is about one field. */
  field?: string;
}

/** How much went in and what came out. */
export interface ImportCounts {
  /** Records in the source array. */
  records: number;
  /** Services in the document. */
  services: number;
  /** Records skipped because of an error. */
  skipped: number;
  /** Themenfelder in the document, the "other" branch included. */
  themenfelder: number;
  /** Lebenslagen in the document, the "other" branch included. */
  lebenslagen: number;
  /** OZG-Leistungen in the document, the "other" branch included. */
  leistungen: number;
}

/** Result of importCatalogue. */
export interface ImportResult {
  /** The catalogue, ready to check and publish. */
  document: CatalogueDocument;
  /** Every error and warning, in source order. */
  problems: ImportProblem[];
  /** Totals for the report. */
  counts: ImportCounts;
}

/** The input cannot be imported at all (as opposed to single bad records, which are skipped). */
export class CatalogueImportError extends Error {
  override name = 'CatalogueImportError';
}

/** One problem as a report line: `#<index> <field>: <reason>`. */
export function formatProblem(problem: ImportProblem): string {
  const where =
    problem.field === undefined ? `#${problem.index}` : `#${problem.index} ${problem.field}`;
  return `${where}: ${problem.reason}`;
}

/** The human report the CLI prints: counts first, then skipped records, then warnings. */
export function formatImportReport(result: ImportResult): string {
  const { counts, problems } = result;
  const lines = [
    `${counts.records} records: ${counts.services} services imported, ${counts.skipped} skipped`,
    `${counts.themenfelder} Themenfelder, ${counts.lebenslagen} Lebenslagen, ${counts.leistungen} OZG-Leistungen`,
  ];
  for (const severity of ['error', 'warning'] as const) {
    const found = problems.filter((problem) => problem.severity === severity);
    if (found.length === 0) continue;
    lines.push(
      severity === 'error'
        ? `Skipped records (${found.length} errors):`
        : `Warnings (${found.length}):`,
    );
    lines.push(...found.map((problem) => `  ${formatProblem(problem)}`));
  }
  return lines.join('\n');
}
