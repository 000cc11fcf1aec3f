/** Command line of `npm run forms:import -- <file.xml> [--out <dir>] [--leika <keys>]`. */
import { isLeikaKey } from './leika.ts';

/** Where imported forms go unless --out says otherwise. */
export const DEFAULT_OUT_DIR = 'src/forms/definitions';

/** How to call the importer. */
export const IMPORT_USAGE =
  'Usage: npm run forms:import -- <schema.xml> [--out <dir>] [--leika <key>,<key>…]';

/** Parsed arguments. */
export interface ImportCliArgs {
  /** The XDatenfelder file. */
  file: string;
  /** Directory the form JSON is written to. */
  outDir: string;
  /** LeiKa keys to link. */
  leikaKeys: string[];
}

/** Wrong command line; the message says what is wrong and shows the usage. */
export class CliUsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n${IMPORT_USAGE}`);
    this.name = 'CliUsageError';
  }
}

/** Parses the arguments after `--`. */
export function parseImportArgs(argv: readonly string[]): ImportCliArgs {
  const files: string[] = [];
  let outDir = DEFAULT_OUT_DIR;
  let leikaKeys: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const [flag, inline] = argument.startsWith('--') ? splitFlag(argument) : [undefined, undefined];
    if (flag === undefined) {
      files.push(argument);
      continue;
    }
    if (flag !== '--out' && flag !== '--leika') throw new CliUsageError(`Unknown option ${flag}.`);
    const value = inline ?? argv[++index];
    if (value === undefined || value === '') throw new CliUsageError(`${flag} needs a value.`);
    if (flag === '--out') outDir = value;
    else leikaKeys = parseLeikaKeys(value);
  }
  if (files.length !== 1) throw new CliUsageError('Give exactly one XDatenfelder file.');
  return { file: files[0] ?? '', outDir, leikaKeys };
}

function splitFlag(argument: string): [string, string | undefined] {
  const equals = argument.indexOf('=');
  return equals < 0
    ? [argument, undefined]
    : [argument.slice(0, equals), argument.slice(equals + 1)];
}

function parseLeikaKeys(value: string): string[] {
  const keys = value
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  const wrong = keys.filter((key) => !isLeikaKey(key));
  if (wrong.length > 0)
    throw new CliUsageError(`Not a LeiKa key (14 digits): ${wrong.join(', ')}.`);
  return keys;
}
