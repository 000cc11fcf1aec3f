import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Body of every API error: a stable machine code and a sentence for logs and developers. */
export interface ApiErrorBody {
  error: { code: string; message: string };
}

/** An error a route throws to answer with a specific status and JSON body. */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    /** HTTP status to answer with. */
    readonly status: ContentfulStatusCode,
    /** Stable machine-readable code, e.g. `not_found`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Answers with `{ error: { code, message } }` and the given status. */
export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return c.json(body, status, { 'Cache-Control': 'no-store' });
}

/** True for paths the JSON API owns: errors there are never HTML. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
