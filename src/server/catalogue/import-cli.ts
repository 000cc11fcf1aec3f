/**
 * `npm run catalogue:import -- <file> [--out <path>] [--source <text>]`: imports the OZG
 * catalogue export and writes the document the server publishes. Exits 0 when the document was
 * written (skipped records are only reported), 1 when the input cannot be used at all.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCatalogueDocument } from '../../shared/catalogue-check.ts';
import { importCatalogue } from './import.ts';
import { formatImportReport } from './import-report.ts';
import { serializeCatalogue } from './serialize.ts';
import { readJsonFile } from './read-json.ts';

/** Where the bundled catalogue lives, relative to the repository root. */
export const DEFAULT_OUT = 'src/server/catalogue/catalogue.json';

const USAGE =
  'Usage: npm run catalogue:import -- <leistungen.json> [--out <path>] [--source <text>]';

/** Output streams, replaceable in tests. */
export interface CliOutput {
  /** Receives the report. */
  log: (text: string) => void;
  /** Receives error messages. */
  error: (text: string) => void;
}

/** Runs the import for command-line arguments and returns the exit code. */
export async function runImportCli(
  args: readonly string[],
  output: CliOutput = console,
): Promise<number> {
  let file: string;
  let out: string;
  let source: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { out: { type: 'string' }, source: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1 || positionals[0] === undefined)
      throw new Error('expected one input file');
    file = positionals[0];
    out = values.out ?? DEFAULT_OUT;
    source = values.source;
  } catch (error) {
    output.error(`${errorMessage(error)}\n${USAGE}`);
    return 1;
  }

  try {
    const input = await readJsonFile(file);
    const result = importCatalogue(input, source ?? basename(file));
    // Never write a document the devices would reject.
    const text = serializeCatalogue(parseCatalogueDocument(result.document));
    await mkdir(dirname(out), { recursive: true });
    // Write then rename, so a crash never leaves a half-written catalogue behind.
    const temporary = `${out}.${process.pid}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, out);
    output.log(formatImportReport(result));
    output.log(`Wrote ${out} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
    return 0;
  } catch (error) {
    output.error(`Catalogue import failed: ${errorMessage(error)}`);
    return 1;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runImportCli(process.argv.slice(2));
}
