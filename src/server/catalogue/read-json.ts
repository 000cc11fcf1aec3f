/**
 * Reads a JSON file for the catalogue CLIs with messages an administrator can act on: which file,
 * and for broken JSON the line and column.
 */
import { readFile } from 'node:fs/promises';

/** The file cannot be read or is not JSON. */
export class JsonFileError extends Error {
  override name = 'JsonFileError';
}

/** Parsed contents of a JSON file; throws JsonFileError with a readable message. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory'
          : String(code ?? error);
    throw new JsonFileError(`cannot read ${file}: ${why}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new JsonFileError(
      `${file} is not valid JSON${position(text, error)}: ${(error as Error).message}`,
    );
  }
}

/** " at line L, column C" from the offset V8 puts in JSON.parse errors, when it does. */
function position(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (match?.[1] === undefined) return '';
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}
