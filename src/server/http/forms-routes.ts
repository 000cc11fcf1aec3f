import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { bundledForms } from '../../forms/definitions/index.ts';
import type { FormDefinition } from '../../forms/model/form-definition.ts';
import { checkAnswers } from '../forms/check-answers.ts';
import { CheckRequestError, parseCheckRequest } from '../forms/check-request.ts';
import { loadGermanMessages, type GermanMessages } from '../forms/messages.ts';
import { publishedFormsOf, publishedFormsWith } from '../forms/published-forms.ts';
import { readDestinations } from '../offices/offices-store.ts';
import type { Database } from '../storage/schema.ts';
import { responseBytes } from './bytes.ts';
import { ApiError, jsonError } from './errors.ts';
import { chooseEncoding, ifNoneMatchMatches } from './negotiation.ts';

/** What formsRoutes needs; tests pass their own definitions. */
export interface FormsRoutesOptions {
  /** Where the offices and their keys are (published as `destinations`); none without it. */
  db?: Kysely<Database>;
  /** The definitions to publish (default: the forms bundled with Lotse). */
  forms?: readonly FormDefinition[];
  /** German validation messages (default: locales/de/validation.json). */
  messages?: GermanMessages;
  /** Where unexpected validation failures are reported (never with answers in them). */
  logError?: (error: unknown) => void;
}

/** Body of the 409 when answers were given against another version of the form. */
export interface FormVersionErrorBody {
  error: { code: 'form_version'; message: string; currentVersion: string };
}

/**
 * Routes under /api/v1/forms: the forms document (ETag, 304, br/gzip) and the answer check.
 * Checks and serialises the definitions now, so a broken definition fails the server start with
 * PublishedFormsError naming the form and element.
 */
export function formsRoutes(options: FormsRoutesOptions = {}): Hono {
  const published = publishedFormsOf(options.forms ?? bundledForms);
  const messages = options.messages ?? loadGermanMessages();
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const routes = new Hono();

  routes.get('/', async (c) => {
    const document = options.db
      ? publishedFormsWith(options.forms ?? bundledForms, await readDestinations(options.db))
      : published;
    const etag = `"${document.version}"`;
    const headers: Record<string, string> = {
      ETag: etag,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      'X-Forms-Version': document.version,
    };
    if (ifNoneMatchMatches(c.req.header('If-None-Match'), etag)) {
      return c.body(null, 304, headers);
    }
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    const body = document.bodies[encoding];
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    return c.body(responseBytes(body), 200, {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(body.byteLength),
      'X-Decoded-Length': String(document.bodies.identity.byteLength),
    });
  });

  routes.post('/:id/check', async (c) => {
    const id = c.req.param('id');
    const definition = published.byId.get(id);
    if (definition === undefined) {
      throw new ApiError(404, 'form_not_found', `No published form has the id "${id}".`);
    }
    let request;
    try {
      request = parseCheckRequest(await c.req.text());
    } catch (error) {
      if (error instanceof CheckRequestError) throw new ApiError(400, error.code, error.message);
      throw error;
    }
    if (request.version !== definition.version) {
      const body: FormVersionErrorBody = {
        error: {
          code: 'form_version',
          message: `The answers were given for version "${request.version}" of form "${id}"; version "${definition.version}" is current. Download the forms again and check the answers.`,
          currentVersion: definition.version,
        },
      };
      return c.json(body, 409, { 'Cache-Control': 'no-store' });
    }
    let result;
    try {
      result = checkAnswers(definition, request.answers, messages);
    } catch (error) {
      logError(withoutDetails(error, id));
      return jsonError(
        c,
        500,
        'internal',
        'The server could not check the answers; try again later.',
      );
    }
    return c.json(result, result.valid ? 200 : 422, { 'Cache-Control': 'no-store' });
  });

  return routes;
}

/**
 * The failure without its message, which could quote an answer: logs must never hold personal
 * data. The stack frames (code positions only) are kept so the bug can be found.
 */
function withoutDetails(error: unknown, formId: string): Error {
  const name = error instanceof Error ? error.name : typeof error;
  const logged = new Error(`checking answers for form "${formId}" failed with ${name}`);
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  logged.stack = [`Error: ${logged.message}`, ...frames].join('\n');
  return logged;
}
