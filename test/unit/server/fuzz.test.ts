/**
 * Property-based fuzzing of every route of the app (fast-check, seeded): malformed JSON, wrong
 * types, oversized bodies, odd methods, paths, headers and Content-Range values, with no token, a
 * valid one, a revoked one and garbage. Each answer must be a 4xx with a clear JSON error (never
 * a 5xx, never a 2xx for garbage) and afterwards nothing may have been stored. The routes are read
 * from the app itself: a new route without a generator here fails the test.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_BODY_LIMIT, createApp } from '../../../src/server/app.ts';
import { registerCitizenDevice, revokeDevice } from '../../../src/server/devices/device-store.ts';
import { createEnrollmentCode } from '../../../src/server/devices/enrollment.ts';
import { DEVICES_BODY_LIMIT } from '../../../src/server/http/devices-routes.ts';
import { isApiPath } from '../../../src/server/http/errors.ts';
import { NO_RATE_LIMITS } from '../../../src/server/http/rate-limit.ts';
import { openStorage } from '../../../src/server/storage/open-storage.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import { parseContentRange } from '../../../src/server/submissions/content-range.ts';
import { hashDeviceToken } from '../../../src/server/submissions/device-token.ts';
import { tempDir, testDialects, type TestStorage } from '../../support/server.ts';
import { deviceToken, WOHNSITZ } from './submissions-fixtures.ts';

/** Runs per route and dialect; the seed makes every run reproducible. */
const RUNS = Number(process.env.LOTSE_FUZZ_RUNS ?? 200);
const SEED = 20_251_128;

const { dialects, skipped } = await testDialects();
if (skipped !== null) it.skip(`fuzzing every route on postgres: ${skipped}`, () => undefined);

/** One request the fuzzer sends. */
interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/** What the generators may refer to: a stored submission of the valid device, and tokens. */
interface Seeded {
  valid: string;
  revoked: string;
  key: string;
  attachmentId: string;
  attachmentSize: number;
}

/** Which answers a route may give to garbage besides 4xx (the CSP sink always says 204). */
const ALLOWED_2XX: Record<string, number[]> = { 'POST /api/v1/csp-reports': [204] };

const TABLES = [
  'submissions',
  'submission_attachments',
  'attachment_chunks',
  'idempotency_keys',
  'devices',
  'enrollment_codes',
] as const;

// ---- building blocks -------------------------------------------------------------------------

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 80,
});

const wrongTyped: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 3 }),
  fc.string({ maxLength: 40 }),
);

/** Text that is not JSON: random text, or JSON cut short. */
const malformedJson = fc
  .oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue().map((value) => JSON.stringify(value).slice(0, -1)),
    fc.constantFrom('{', '[', '{"a":', '{"answers":{}', 'null,', '\u0000', '{}}', '\ufeff{'),
  )
  .filter((text) => !parses(text));

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** `size` bytes, just over a limit. */
const oversized = (limit: number) =>
  fc.integer({ min: limit + 1, max: limit + 4096 }).map((size) => {
    const bytes = new Uint8Array(size);
    bytes.fill(0x7b);
    return bytes;
  });

/** An object with one field replaced by a value of another type. */
function mutated(base: Record<string, unknown>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...Object.keys(base)), wrongTyped)
    .filter(
      ([field, value]) =>
        typeof value !== typeof base[field] ||
        Array.isArray(value) !== Array.isArray(base[field]) ||
        value === null,
    )
    .map(([field, value]) => JSON.stringify({ ...base, [field]: value }));
}

const methods = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'FOO');
const uuidOrGarbage = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9._~-]{1,40}$/));
const segment = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9._~-]{1,20}$/),
  fc.constantFrom('..', '.', '%2e%2e', '%2F', '%00', '%ff', '%', 'a%20b', ''),
);

/** A body for a method that may carry one. */
function garbageBody(limit: number): fc.Arbitrary<string | Uint8Array<ArrayBuffer>> {
  return fc.oneof(
    malformedJson,
    wrongTyped.map((value) => JSON.stringify(value)),
    oversized(limit),
  );
}

/** Wrong methods (with a body where allowed) or sub-paths of a route that has no input. */
function outsideOf(path: string, allowed: string[]): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    fc
      .tuple(
        methods.filter((method) => !allowed.includes(method)),
        garbageBody(API_BODY_LIMIT),
      )
      .map(([method, body]) => withBody({ method, path, headers: {} }, body)),
    fc
      .tuple(fc.constantFrom(...allowed), fc.array(segment, { minLength: 1, maxLength: 3 }))
      .map(([method, rest]) => ({ method, path: `${path}/${rest.join('/')}`, headers: {} })),
  );
}

function withBody(request: FuzzRequest, body: string | Uint8Array<ArrayBuffer>): FuzzRequest {
  return request.method === 'GET' || request.method === 'HEAD' ? request : { ...request, body };
}

// ---- one generator per route -----------------------------------------------------------------

type Generator = (seeded: Seeded) => fc.Arbitrary<FuzzRequest>;

const SUBMISSION_BASE = {
  formId: WOHNSITZ.id,
  formVersion: WOHNSITZ.version,
  serviceId: '99115001000000',
  answers: { G_lotse_person: [{}] },
  attachments: [{ id: 'a', type: 'image/jpeg', size: 10, sha256: '0'.repeat(64) }],
};

const GENERATORS: Record<string, Generator> = {
  'ALL /*': () =>
    fc
      .tuple(
        methods.filter((method) => method !== 'GET' && method !== 'HEAD'),
        fc.array(segment, { maxLength: 3 }),
      )
      .map(([method, rest]) => ({ method, path: `/x-${rest.join('/')}`, headers: {} })),
  'GET /*': () =>
    fc
      .oneof(
        fc
          .array(segment, { minLength: 1, maxLength: 4 })
          .map((rest) => `/assets/x-${rest.join('/')}`),
        fc.array(segment, { minLength: 1, maxLength: 4 }).map((rest) => `/x-${rest.join('/')}`),
        fc.constantFrom(
          '/%2e%2e/%2e%2e/etc/passwd',
          '/..%2f..%2fetc%2fpasswd',
          '/%00',
          '/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
        ),
      )
      .filter((path) => !isExistingFile(path))
      .map((path) => ({ method: 'GET', path, headers: {} })),
  'ALL /api/*': () =>
    fc
      .tuple(
        methods,
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        garbageBody(API_BODY_LIMIT),
      )
      .map(([method, rest, body]) =>
        withBody({ method, path: `/api/${rest.join('/')}`, headers: {} }, body),
      )
      // Dot segments may lead out of /api/ (to the app page): that is the static route's case.
      .filter((request) => new URL(request.path, 'http://x').pathname.startsWith('/api/'))
      .filter((request) => !isPublicSuccess(request)),
  'GET /api/v1/health': () => outsideOf('/api/v1/health', ['GET', 'HEAD']),
  'GET /api/v1/catalogue': () => outsideOf('/api/v1/catalogue', ['GET', 'HEAD']),
  'GET /api/v1/catalogue/version': () => outsideOf('/api/v1/catalogue/version', ['GET', 'HEAD']),
  'GET /api/v1/forms': () => outsideOf('/api/v1/forms', ['GET', 'HEAD']),
  'POST /api/v1/forms/:id/check': () =>
    fc
      .tuple(
        fc.oneof(fc.constant(WOHNSITZ.id), uuidOrGarbage),
        fc.oneof(
          garbageBody(API_BODY_LIMIT),
          mutated({ version: WOHNSITZ.version, answers: {} }),
          fc.constant(JSON.stringify({ version: 'x', answers: {} })),
        ),
      )
      .map(([id, body]) => ({
        method: 'POST',
        path: `/api/v1/forms/${id}/check`,
        headers: {},
        body,
      })),
  'POST /api/v1/csp-reports': () =>
    garbageBody(API_BODY_LIMIT).map((body) => ({
      method: 'POST',
      path: '/api/v1/csp-reports',
      headers: { 'Content-Type': 'application/csp-report' },
      body,
    })),
  'POST /api/v1/submissions': () =>
    fc
      .tuple(
        fc.oneof(fc.uuid(), printable),
        fc.oneof(garbageBody(API_BODY_LIMIT), mutated(SUBMISSION_BASE)),
      )
      .map(([key, body]) => ({
        method: 'POST',
        path: '/api/v1/submissions',
        headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' },
        body,
      })),
  'GET /api/v1/submissions/:key': (seeded) =>
    fc
      .oneof(uuidOrGarbage, fc.constant(seeded.key))
      .map((key) => ({ method: 'GET', path: `/api/v1/submissions/${key}`, headers: {} })),
  'GET /api/v1/submissions/:key/attachments/:attachmentId': (seeded) =>
    fc
      .tuple(
        fc.constantFrom('GET', 'HEAD'),
        fc.oneof(uuidOrGarbage, fc.constant(seeded.key)),
        fc.oneof(uuidOrGarbage, fc.constant(seeded.attachmentId)),
      )
      .map(([method, key, id]) => ({
        method,
        path: `/api/v1/submissions/${key}/attachments/${id}`,
        headers: {},
      })),
  'PUT /api/v1/submissions/:key/attachments/:attachmentId': (seeded) =>
    fc
      .tuple(
        fc.oneof({ arbitrary: fc.constant(seeded.key), weight: 4 }, uuidOrGarbage),
        fc.oneof({ arbitrary: fc.constant(seeded.attachmentId), weight: 4 }, uuidOrGarbage),
        fc.oneof(
          printable,
          // The whole attachment at once, but not the announced bytes: 422 hash_mismatch.
          fc.constant(`bytes 0-${seeded.attachmentSize - 1}/${seeded.attachmentSize}`),
          fc
            .tuple(
              fc.nat(2000),
              fc.nat(2000),
              fc.oneof(fc.constant(seeded.attachmentSize), fc.nat(3000)),
            )
            .map(([start, end, total]) => `bytes ${start}-${end}/${total}`),
          fc.constantFrom(
            'bytes */1000',
            'bytes 0-999/*',
            'bytes=0-9/1000',
            'bytes -1-9/1000',
            'bytes 0-9999999999999/1',
          ),
        ),
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.uint8Array({ minLength: seeded.attachmentSize, maxLength: seeded.attachmentSize }),
          oversized(API_BODY_LIMIT),
        ),
      )
      .map(([key, id, range, bytes]) => ({
        method: 'PUT',
        path: `/api/v1/submissions/${key}/attachments/${id}`,
        headers: { 'Content-Range': range, 'Content-Type': 'application/octet-stream' },
        body: Uint8Array.from(bytes),
      })),
  'POST /api/v1/devices': () =>
    fc
      .oneof(
        garbageBody(DEVICES_BODY_LIMIT),
        mutated({ enrollmentCode: 'ABCDE-FGHJK' }),
        printable.map((code) => JSON.stringify({ enrollmentCode: code })),
        fc
          .dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue(), {
            minKeys: 1,
            maxKeys: 3,
          })
          .map((body) => JSON.stringify(body)),
      )
      .filter((body) => !isCitizenRegistration(body))
      .map((body) => ({ method: 'POST', path: '/api/v1/devices', headers: {}, body })),
};

/** `{}` (any spacing) registers a citizen device: a valid request, not garbage. */
function isCitizenRegistration(body: string | Uint8Array): boolean {
  if (typeof body !== 'string' || !parses(body)) return false;
  const value = JSON.parse(body) as unknown;
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}

/** True for paths that resolve to a file of the static folder (or the folder itself). */
function isExistingFile(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(path, 'http://x').pathname);
  } catch {
    return false;
  }
  return ['/', '/index.html', '/assets/app-1234.js'].includes(decoded.replace(/\/+/g, '/'));
}

/** A GET of a public document: a 200 for any headers, so not garbage. */
function isPublicSuccess(request: FuzzRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  let path: string;
  try {
    path = decodeURI(request.path);
  } catch {
    return false;
  }
  return [
    '/api/v1/health',
    '/api/v1/catalogue',
    '/api/v1/catalogue/version',
    '/api/v1/forms',
  ].includes(path);
}

/**
 * The requests among the generated ones that are correct and would succeed, so are no garbage:
 * the valid device reading its own submission's status or upload offset, or sending a correct
 * first chunk of it.
 */
function isValidRequest(request: FuzzRequest, seeded: Seeded, auth: string): boolean {
  if (auth !== 'valid') return false;
  const path = new URL(request.path, 'http://x').pathname;
  const submission = `/api/v1/submissions/${seeded.key}`;
  const attachment = `${submission}/attachments/${seeded.attachmentId}`;
  if (request.method === 'GET' && path === submission) return true;
  if ((request.method === 'GET' || request.method === 'HEAD') && path === attachment) return true;
  if (request.method !== 'PUT' || path !== attachment) return false;
  const range = parseContentRange(request.headers['Content-Range']);
  const length = (request.body as Uint8Array).byteLength;
  // A complete attachment is checked against its SHA-256 (all zeros here): never stored.
  return (
    range !== null &&
    range.start === 0 &&
    range.total === seeded.attachmentSize &&
    range.end + 1 === length &&
    length < seeded.attachmentSize
  );
}

// ---- the property ----------------------------------------------------------------------------

const AUTH = ['none', 'valid', 'revoked', 'unknown', 'malformed', 'old-header'] as const;

/** Every kind of credential, the valid one as often as all others: it reaches the routes. */
const authKinds = fc.oneof(
  { arbitrary: fc.constant('valid' as const), weight: 5 },
  { arbitrary: fc.constantFrom(...AUTH), weight: 5 },
);

function authHeaders(kind: (typeof AUTH)[number], seeded: Seeded): Record<string, string> {
  switch (kind) {
    case 'none':
      return {};
    case 'valid':
      return { Authorization: `Bearer ${seeded.valid}` };
    case 'revoked':
      return { Authorization: `Bearer ${seeded.revoked}` };
    case 'unknown':
      return { Authorization: `Bearer ${deviceToken()}` };
    case 'malformed':
      return { Authorization: 'Basic dXNlcjpwYXNz' };
    case 'old-header':
      return { 'X-Device-Token': seeded.valid };
  }
}

const oddHeaders = fc.dictionary(
  fc.constantFrom(
    'Accept-Encoding',
    'If-None-Match',
    'Content-Type',
    'Content-Range',
    'Idempotency-Key',
    'X-Forwarded-For',
    'Accept-Language',
    'Origin',
  ),
  printable,
  { maxKeys: 3 },
);

async function send(app: Hono, request: FuzzRequest): Promise<Response> {
  return app.request(request.path, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
}

/** Why the answer is not a clear refusal, or null when it is. */
async function problem(
  route: string,
  request: FuzzRequest,
  response: Response,
): Promise<string | null> {
  const allowed = ALLOWED_2XX[route] ?? [];
  if (!(response.status >= 400 && response.status < 500) && !allowed.includes(response.status)) {
    return `status ${response.status}`;
  }
  if (!isApiPath(new URL(request.path, 'http://x').pathname) || request.method === 'HEAD')
    return null;
  if (response.status === 204) return null;
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
    return `content-type ${response.headers.get('content-type')}`;
  }
  const body = (await response.json()) as {
    error?: { code?: unknown; message?: unknown };
    valid?: unknown;
    errors?: unknown;
  };
  const clear =
    (typeof body.error?.code === 'string' &&
      body.error.code !== '' &&
      typeof body.error.message === 'string' &&
      body.error.message !== '') ||
    (body.valid === false && Array.isArray(body.errors) && body.errors.length > 0);
  return clear ? null : `unclear body ${JSON.stringify(body).slice(0, 200)}`;
}

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'fuzzing every route on %s',
  (_, dialect) => {
    let storage: TestStorage;
    let db: Kysely<Database>;
    let app: Hono;
    let seeded: Seeded;
    let before: Record<string, number>;
    let staticDir: Awaited<ReturnType<typeof tempDir>>;

    beforeAll(async () => {
      storage = await dialect.create();
      db = (await openStorage(storage.config)).db;
      staticDir = await tempDir();
      await writeFile(join(staticDir.path, 'index.html'), '<!doctype html><title>Lotse</title>');
      await mkdir(join(staticDir.path, 'assets'));
      await writeFile(join(staticDir.path, 'assets', 'app-1234.js'), 'export {};');
      app = createApp({
        db,
        staticDir: staticDir.path,
        rateLimits: NO_RATE_LIMITS,
        logError: () => undefined,
      });
      seeded = await seed(db);
      before = await counts(db);
    });

    afterAll(async () => {
      await db.destroy();
      await storage.cleanup();
      await staticDir.cleanup();
    });

    it('has a generator for every route of the app', () => {
      const routes = [...new Set(app.routes.map((route) => `${route.method} ${route.path}`))];
      const missing = routes.filter((route) => !(route in GENERATORS));
      expect(missing, 'add a generator to GENERATORS for each new route').toEqual([]);
    });

    it.each(Object.keys(GENERATORS))(
      'refuses garbage sent to %s with a clear 4xx and stores nothing',
      async (route) => {
        await fc.assert(
          fc.asyncProperty(
            GENERATORS[route]!(seeded),
            authKinds,
            oddHeaders,
            async (request, auth, odd) => {
              fc.pre(!isValidRequest(request, seeded, auth));
              const headers = { ...odd, ...request.headers, ...authHeaders(auth, seeded) };
              const response = await send(app, { ...request, headers });
              const found = await problem(route, request, response);
              if (found !== null) {
                throw new Error(`${request.method} ${request.path} (${auth}): ${found}`);
              }
            },
          ),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
        expect(await counts(db)).toEqual(before);
      },
      120_000,
    );

    it('left the stored submission, its upload and the enrollment code as they were', async () => {
      const upload = await db
        .selectFrom('submission_attachments')
        .select(['received_bytes', 'complete'])
        .executeTakeFirstOrThrow();
      expect(upload).toEqual({ received_bytes: 0, complete: 0 });
      const code = await db
        .selectFrom('enrollment_codes')
        .select('used_at')
        .executeTakeFirstOrThrow();
      expect(code.used_at).toBeNull();
    });
  },
);

/** A valid and a revoked device, a submission of the valid one awaiting a document, a code. */
async function seed(db: Kysely<Database>): Promise<Seeded> {
  const now = new Date();
  const valid = await registerCitizenDevice(db, now);
  const revoked = await registerCitizenDevice(db, now);
  await revokeDevice(db, revoked.deviceId, now);
  await createEnrollmentCode(db, { label: 'Fuzz', hours: 1 }, now);
  const key = randomUUID();
  const submissionId = randomUUID();
  await db
    .insertInto('submissions')
    .values({
      id: submissionId,
      idempotency_key: key,
      device_token_hash: hashDeviceToken(valid.token),
      form_id: WOHNSITZ.id,
      form_version: WOHNSITZ.version,
      service_id: '99115001000000',
      answers_json: '{}',
      document_json: null,
      reference: 'LT-FUZZ-0000-0',
      status: 'awaiting-attachments',
      received_at: now.toISOString(),
      status_note: null,
      status_changed_at: null,
    })
    .execute();
  await db
    .insertInto('submission_attachments')
    .values({
      submission_id: submissionId,
      attachment_id: 'doc-1',
      type: 'image/jpeg',
      size: 1000,
      sha256: '0'.repeat(64),
      received_bytes: 0,
      complete: 0,
    })
    .execute();
  return {
    valid: valid.token,
    revoked: revoked.token,
    key,
    attachmentId: 'doc-1',
    attachmentSize: 1000,
  };
}

async function counts(db: Kysely<Database>): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}
