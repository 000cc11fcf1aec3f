/** Why a file could not become a form. */
export type XdfErrorCode =
  | 'malformed-xml'
  | 'unsupported-encoding'
  | 'wrong-root'
  | 'unknown-namespace'
  | 'unknown-version'
  | 'invalid-schema';

/**
 * A file that cannot be imported: not well-formed XML, not an XDatenfelder schema message, or a
 * schema whose structure is broken. Carries the position where the parser gives one.
 */
export class XdfImportError extends Error {
  /** Machine-readable reason, for tests and the CLI exit path. */
  readonly code: XdfErrorCode;
  /** 1-based line of the problem, when known. */
  readonly line: number | undefined;
  /** 1-based column of the problem, when known. */
  readonly column: number | undefined;

  constructor(code: XdfErrorCode, message: string, line?: number, column?: number) {
    super(line === undefined ? message : `${message} (line ${line}, column ${column ?? 1})`);
    this.name = 'XdfImportError';
    this.code = code;
    this.line = line;
    this.column = column;
  }
}
