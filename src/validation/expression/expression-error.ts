/** A malformed or unsafe expression, with the place where reading it failed. */
export class ExpressionError extends Error {
  override name = 'ExpressionError';

  constructor(
    /** What is wrong, in words an author understands. */
    readonly reason: string,
    /** Zero-based index into the source where the problem starts. */
    readonly position: number,
    /** The expression as written. */
    readonly source: string,
  ) {
    super(`${reason} at character ${position + 1} of "${clip(source)}"`);
  }
}

/** Keeps messages readable for very long (possibly hostile) input. */
function clip(source: string): string {
  return source.length > 80 ? `${source.slice(0, 77)}...` : source;
}
