/** Plain-text import report for the CLI. */
import type { ImportNote, XdfImportResult } from './report.ts';

const STANDARD_NAMES = { xdf2: 'XDatenfelder 2.0', xdf3: 'XDatenfelder 3.0.0' } as const;

/** The report as lines of text; `written` is the output path when the form was saved. */
export function formatImportReport(result: XdfImportResult, written?: string): string {
  const { form, report } = result;
  const { fields, groups, rules, codeLists } = report.counts;
  const count = (severity: ImportNote['severity']): number =>
    report.notes.filter((note) => note.severity === severity).length;
  const lines = [
    `Imported ${form.id} "${form.title}" (${STANDARD_NAMES[report.standard]}, version ${form.version})`,
    `  ${fields} fields, ${groups} groups, ${rules} rules, ${codeLists} code lists`,
    `  LeiKa keys: ${form.leikaKeys.length > 0 ? form.leikaKeys.join(', ') : 'none'}`,
    `Notes: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} info`,
    ...report.notes.map(
      (note) => `  ${note.severity.padEnd(7)} ${(note.elementId ?? '').padEnd(12)} ${note.message}`,
    ),
    written ? `Written: ${written}` : 'Not written: fix the errors above and import again.',
  ];
  return `${lines.join('\n')}\n`;
}
