import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type AppDeps } from '../../../src/server/app.ts';
import { revokeDevice } from '../../../src/server/devices/device-store.ts';
import { createEnrollmentCode } from '../../../src/server/devices/enrollment.ts';
import { NO_RATE_LIMITS } from '../../../src/server/http/rate-limit.ts';
import { openStorage } from '../../../src/server/storage/open-storage.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import { listen, tempDir, testDialects } from '../../support/server.ts';
import type { Listening, TestStorage } from '../../support/server.ts';
import { auth, call, type Reply } from './submissions-fixtures.ts';

const { dialects, skipped } = await testDialects();

if (skipped !== null) it.skip(`devices API on postgres: ${skipped}`, () => undefined);

/** What POST /api/v1/devices answers. */
interface Credential {
  deviceId: string;
  token: string;
  kind: string;
  error?: { code: string; message: string };
}

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'devices API on %s',
  (_, dialect) => {
    let storage: TestStorage;
    let db: Kysely<Database>;
    let servers: Listening[] = [];
    let base: string;
    let staticDir: Awaited<ReturnType<typeof tempDir>>;

    /** Another app on the same database, e.g. with other limits. */
    async function serve(options: Partial<AppDeps> = {}): Promise<string> {
      const server = await listen(createApp({ db, staticDir: staticDir.path, ...options }));
      servers.push(server);
      return server.url;
    }

    beforeEach(async () => {
      storage = await dialect.create();
      db = (await openStorage(storage.config)).db;
      staticDir = await tempDir();
      base = await serve();
    });

    afterEach(async () => {
      await Promise.all(servers.map((server) => server.close()));
      servers = [];
      await db.destroy();
      await storage.cleanup();
      await staticDir.cleanup();
    });

    async function register(
      body: unknown,
      headers: Record<string, string> = {},
      url = base,
    ): Promise<{ status: number; headers: Headers; body: Credential }> {
      const reply = await call(`${url}/api/v1/devices`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      return reply as unknown as { status: number; headers: Headers; body: Credential };
    }

    /** GET the status of some submission: 404 means the device got past authentication. */
    function status(token: string | null, url = base): Promise<Reply> {
      return call(`${url}/api/v1/submissions/${randomUUID()}`, {
        headers: token === null ? {} : auth(token),
      });
    }

    const code = (label: string | null = 'Bibliothek Tablet 3', now = new Date()) =>
      createEnrollmentCode(db, { label, hours: 24 }, now);

    it('registers a citizen phone without sign-in and stores only the hash of its token', async () => {
      const reply = await register({});
      expect(reply.status).toBe(201);
      expect(reply.headers.get('cache-control')).toBe('no-store');
      expect(reply.body).toEqual({
        deviceId: expect.any(String) as string,
        token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) as string,
        kind: 'citizen',
      });
      const rows = await db.selectFrom('devices').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        id: reply.body.deviceId,
        kind: 'citizen',
        label: null,
        token_hash: createHash('sha256').update(reply.body.token).digest('hex'),
        revoked_at: null,
      });
      expect(JSON.stringify(rows)).not.toContain(reply.body.token);
      expect((await status(reply.body.token)).status).toBe(404);
    });

    it('enrolls a staff tablet with a code, once, and keeps only the code hash', async () => {
      const { code: enrollmentCode } = await code();
      expect(enrollmentCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      const reply = await register({ enrollmentCode });
      expect(reply.status).toBe(201);
      expect(reply.body.kind).toBe('staff');
      const device = await db.selectFrom('devices').selectAll().executeTakeFirstOrThrow();
      expect(device).toMatchObject({ id: reply.body.deviceId, kind: 'staff' });
      expect(device.label).toBe('Bibliothek Tablet 3');
      const stored = await db.selectFrom('enrollment_codes').selectAll().executeTakeFirstOrThrow();
      expect(stored.device_id).toBe(reply.body.deviceId);
      expect(stored.used_at).not.toBeNull();
      expect(JSON.stringify(stored)).not.toContain(enrollmentCode.replace('-', ''));
      expect((await status(reply.body.token)).status).toBe(404);

      const again = await register({ enrollmentCode });
      expect(again.status).toBe(403);
      expect(again.body.error?.code).toBe('enrollment_code_used');
      expect(again.body.error?.message).toMatch(/already used/);
      expect(await db.selectFrom('devices').select('id').execute()).toHaveLength(1);
    });

    it('forgives how a code is typed: lower case, spaces, no hyphen, O for 0 and I or L for 1', async () => {
      const { code: enrollmentCode } = await code();
      const typed = ` ${enrollmentCode.toLowerCase().replace('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')} `;
      const reply = await register({ enrollmentCode: typed });
      expect(reply.status).toBe(201);
    });

    it('refuses a wrong, an expired and a malformed code with 403 and a clear code', async () => {
      await code();
      const wrong = await register({ enrollmentCode: 'ABCDE-FGHJK' });
      expect(wrong.status).toBe(403);
      expect(wrong.body.error?.code).toBe('enrollment_code_invalid');
      const malformed = await register({ enrollmentCode: 'not a code!' });
      expect(malformed.body.error?.code).toBe('enrollment_code_invalid');
      const old = await code('Rathaus', new Date(Date.now() - 25 * 3_600_000));
      const expired = await register({ enrollmentCode: old.code });
      expect(expired.status).toBe(403);
      expect(expired.body.error?.code).toBe('enrollment_code_expired');
      expect(expired.body.error?.message).toMatch(/expired/);
      expect(await db.selectFrom('devices').select('id').execute()).toHaveLength(0);
    });

    it('refuses bodies that are not {} or { enrollmentCode: string } with 400', async () => {
      for (const body of [[], null, 'x', { enrollmentCode: 12 }, { kind: 'staff' }]) {
        const reply = await register(body);
        expect(reply.status).toBe(400);
        expect(reply.body.error?.code).toBe('invalid_request');
      }
      const broken = await call(`${base}/api/v1/devices`, { method: 'POST', body: '{' });
      expect(broken.status).toBe(400);
      expect(broken.body.error?.code).toBe('invalid_json');
      expect(await db.selectFrom('devices').select('id').execute()).toHaveLength(0);
    });

    it('turns a registered citizen device into a staff device that keeps its token', async () => {
      const citizen = (await register({})).body;
      const { code: enrollmentCode } = await code();
      const reply = await register({ enrollmentCode }, auth(citizen.token));
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        deviceId: citizen.deviceId,
        token: citizen.token,
        kind: 'staff',
      });
      const rows = await db.selectFrom('devices').selectAll().execute();
      expect(rows).toMatchObject([{ id: citizen.deviceId, kind: 'staff' }]);
    });

    it('gives one of two devices racing for the same code the credential', async () => {
      const { code: enrollmentCode } = await code();
      const second = await serve();
      const replies = await Promise.all([
        register({ enrollmentCode }),
        register({ enrollmentCode }, {}, second),
      ]);
      expect(replies.map((reply) => reply.status).sort()).toEqual([201, 403]);
      expect(await db.selectFrom('devices').select('id').execute()).toHaveLength(1);
    });

    it('answers 401 unauthenticated with WWW-Authenticate without a known token', async () => {
      const missing = await status(null);
      expect(missing.status).toBe(401);
      expect(missing.body.error).toMatchObject({ code: 'unauthenticated' });
      expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="lotse"');
      for (const token of ['short', 'A'.repeat(43)]) {
        const refused = await status(token);
        expect(refused.status).toBe(401);
        expect(refused.body.error?.code).toBe('unauthenticated');
        expect(refused.headers.get('www-authenticate')).toBe(
          'Bearer realm="lotse", error="invalid_token"',
        );
      }
      const oldHeader = await call(`${base}/api/v1/submissions/${randomUUID()}`, {
        headers: { 'X-Device-Token': 'A'.repeat(43) },
      });
      expect(oldHeader.status).toBe(401);
    });

    it('answers 401 device_revoked once the device was revoked, on every server', async () => {
      const { token, deviceId } = (await register({})).body;
      const other = await serve();
      expect((await status(token, other)).status).toBe(404);
      const revoked = await revokeDevice(db, deviceId, new Date());
      expect(revoked).toMatchObject({ alreadyRevoked: false, device: { id: deviceId } });
      for (const url of [base, other]) {
        const refused = await status(token, url);
        expect(refused.status).toBe(401);
        expect(refused.body.error?.code).toBe('device_revoked');
        expect(refused.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
      }
      const upload = await call(`${base}/api/v1/submissions/${randomUUID()}/attachments/a`, {
        method: 'PUT',
        headers: { ...auth(token), 'Content-Range': 'bytes 0-0/1' },
        body: 'x',
      });
      expect(upload.body.error?.code).toBe('device_revoked');
      // A revoked token cannot be turned into a staff device either: a code makes a new one.
      const { code: enrollmentCode } = await code();
      const enrolled = await register({ enrollmentCode }, auth(token));
      expect(enrolled.status).toBe(201);
      expect(enrolled.body.deviceId).not.toBe(deviceId);
      expect(await revokeDevice(db, deviceId, new Date())).toMatchObject({ alreadyRevoked: true });
      expect(await revokeDevice(db, randomUUID(), new Date())).toBeNull();
    });

    it('records when a device was last seen, at most once an hour', async () => {
      const { token, deviceId } = (await register({})).body;
      const seen = () =>
        db.selectFrom('devices').select('last_seen_at').where('id', '=', deviceId).execute();
      expect(await seen()).toEqual([{ last_seen_at: null }]);
      await status(token);
      const [first] = await seen();
      expect(first?.last_seen_at).not.toBeNull();
      await status(token);
      expect(await seen()).toEqual([first]);
    });

    it('answers 429 with Retry-After after 10 wrong codes from one address, even for a good code', async () => {
      const { code: good } = await code();
      for (let attempt = 0; attempt < 10; attempt++) {
        expect((await register({ enrollmentCode: 'ZZZZZ-ZZZZZ' })).status).toBe(403);
      }
      const limited = await register({ enrollmentCode: good });
      expect(limited.status).toBe(429);
      expect(limited.body.error?.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(60);
      // Registering a citizen device is a separate budget.
      expect((await register({})).status).toBe(201);
    });

    it('limits citizen registrations, requests per address and per device with 429 and Retry-After', async () => {
      const tight = await serve({
        rateLimits: {
          ...NO_RATE_LIMITS,
          registration: { capacity: 2, perSecond: 1 / 60 },
          device: { capacity: 3, perSecond: 1 / 60 },
        },
      });
      const { token } = (await register({}, {}, tight)).body;
      expect((await register({}, {}, tight)).status).toBe(201);
      const third = await register({}, {}, tight);
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
      for (let request = 0; request < 3; request++) {
        expect((await status(token, tight)).status).toBe(404);
      }
      const busy = await status(token, tight);
      expect(busy.status).toBe(429);
      expect(JSON.stringify(busy.body.error)).toMatch(/from this device/);

      const perAddress = await serve({
        rateLimits: { ...NO_RATE_LIMITS, address: { capacity: 2, perSecond: 1 / 60 } },
      });
      expect((await call(`${perAddress}/api/v1/health`, {})).status).toBe(200);
      expect((await call(`${perAddress}/api/v1/health`, {})).status).toBe(200);
      const limited = await call(`${perAddress}/api/v1/health`, {});
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Static files are not limited: the app shell always loads.
      const page = await fetch(`${perAddress}/nothing-here`);
      expect(page.status).not.toBe(429);
    });
  },
);
