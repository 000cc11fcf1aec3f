/**
 * `npm run forms:import -- <schema.xml> [--out <dir>] [--leika <keys>]`: imports an
 * XDatenfelder 2.0/3.0 schema into `<out>/<id>.json` and prints the import report. Exits 1 on a
 * wrong command line, an unreadable or malformed file, or a report with errors.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CliUsageError, parseImportArgs } from '../../forms/xdf/cli-args.ts';
import type { ImportCliArgs } from '../../forms/xdf/cli-args.ts';
import { decodeXmlBytes } from '../../forms/xdf/decode-xml.ts';
import { XdfImportError } from '../../forms/xdf/errors.ts';
import { formatImportReport } from '../../forms/xdf/format-report.ts';
import { importXDatenfelder } from '../../forms/xdf/import-xdatenfelder.ts';
import { serializeForm } from '../../forms/xdf/serialize-form.ts';

async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  try {
    const args = parseImportArgs(argv);
    file = args.file;
    return await importFile(args);
  } catch (error) {
    const message = explain(error);
    if (message === undefined) throw error;
    process.stderr.write(`forms:import: ${file ? `${file}: ` : ''}${message}\n`);
    return 1;
  }
}

async function importFile(args: ImportCliArgs): Promise<number> {
  const xml = decodeXmlBytes(await readFile(args.file));
  const result = importXDatenfelder(xml, basename(args.file), { leikaKeys: args.leikaKeys });
  if (result.report.notes.some((note) => note.severity === 'error')) {
    process.stderr.write(formatImportReport(result));
    return 1;
  }
  if (!/^[A-Za-z0-9._-]+$/.test(result.form.id)) {
    throw new XdfImportError(
      'invalid-schema',
      `The schema id "${result.form.id}" cannot be a file name.`,
    );
  }
  await mkdir(args.outDir, { recursive: true });
  const target = join(args.outDir, `${result.form.id}.json`);
  await writeFile(target, serializeForm(result.form));
  process.stdout.write(formatImportReport(result, target));
  return 0;
}

function explain(error: unknown): string | undefined {
  if (error instanceof CliUsageError) return error.message;
  if (error instanceof XdfImportError) return `cannot import: ${error.message}`;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
    return `cannot read the file: ${(error as Error).message}`;
  }
  return undefined;
}

void main(process.argv.slice(2)).then((exitCode) => {
  process.exitCode = exitCode;
});
