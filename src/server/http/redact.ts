/**
 * What the server logs of an unexpected error: never personal data. Messages are dropped (a
 * driver error may quote a stored value, a JSON parse error quotes the body); kept are the error
 * names and codes along the cause chain and the stack frames (code positions), enough to find the
 * bug. The request is named by method and route pattern, never by its path, headers or body.
 */

/** A copy of `error` that is safe to log, with `where` (e.g. `POST /api/v1/submissions`). */
export function redactedError(error: unknown, where: string): Error {
  const chain: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined; depth++) {
    chain.push(describe(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  const logged = new Error(`${where} failed: ${chain.join(' ← ')}`);
  logged.name = 'RedactedError';
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  logged.stack = [`${logged.name}: ${logged.message}`, ...frames].join('\n');
  return logged;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  // Only short identifier-like codes (SQLITE_BUSY, 23505, ECONNRESET): nothing that could be data.
  const safeCode = typeof code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(code) ? ` ${code}` : '';
  const name = /^[A-Za-z0-9_]{1,60}$/.test(error.name) ? error.name : 'Error';
  return `${name}${safeCode}`;
}
