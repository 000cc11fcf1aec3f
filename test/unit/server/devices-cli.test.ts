import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/storage/schema.ts';
import { appPerTest, tempDir, testDialects } from '../../support/server.ts';
import type { Listening, TestStorage } from '../../support/server.ts';
import { cliEnv, runServerCli } from '../../support/server-cli.ts';
import { auth, call } from './submissions-fixtures.ts';

const { dialects, skipped } = await testDialects();

if (skipped !== null) it.skip(`devices CLI on postgres: ${skipped}`, () => undefined);

/** `npm run devices -- …` as an administrator runs it; resolves with exit code and output. */
const devicesCli = (env: NodeJS.ProcessEnv, args: string[]) =>
  runServerCli('src/server/devices/devices-cli.ts', args, env);

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'devices CLI on %s',
  (_, dialect) => {
    let storage: TestStorage;
    let db: Kysely<Database>;
    let server: Listening;
    appPerTest(dialect, (opened) => ({ storage, db, server } = opened));

    it('enrolls a tablet with a printed code, lists it, and revokes it', async () => {
      const env = cliEnv(storage.config);
      const enrolled = await devicesCli(env, ['enroll', '--label', 'Bibliothek Tablet 3']);
      expect(enrolled.code).toBe(0);
      const code = /enrollment code: (\S+)/.exec(enrolled.stdout)?.[1];
      expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      expect(enrolled.stdout).toMatch(/valid until \S+ \(24 h\), for one device/);

      const reply = await call(`${server.url}/api/v1/devices`, {
        method: 'POST',
        body: JSON.stringify({ enrollmentCode: code }),
      });
      expect(reply.status).toBe(201);
      const { deviceId, token } = reply.body as unknown as { deviceId: string; token: string };

      const listed = await devicesCli(env, ['list']);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain(deviceId);
      expect(listed.stdout).toMatch(/staff\s+active/);
      expect(listed.stdout).toContain('"Bibliothek Tablet 3"');
      expect(listed.stdout).not.toContain(token);

      const status = () =>
        call(`${server.url}/api/v1/submissions/${deviceId}`, { headers: auth(token) });
      expect((await status()).status).toBe(404);
      const revoked = await devicesCli(env, ['revoke', deviceId]);
      expect(revoked.code).toBe(0);
      expect(revoked.stdout).toContain(`${deviceId} revoked`);
      const refused = await status();
      expect(refused.status).toBe(401);
      expect(refused.body.error?.code).toBe('device_revoked');
      expect((await devicesCli(env, ['list'])).stdout).toMatch(/staff\s+revoked \d{4}-/);
      const again = await devicesCli(env, ['revoke', deviceId]);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('already revoked');
    });

    it('makes codes that expire after --hours', async () => {
      const env = cliEnv(storage.config);
      const before = Date.now();
      const enrolled = await devicesCli(env, ['enroll', '--hours', '2']);
      expect(enrolled.code).toBe(0);
      const until = Date.parse(/valid until (\S+)/.exec(enrolled.stdout)![1]!);
      expect(until - before).toBeGreaterThanOrEqual(2 * 3_600_000 - 1000);
      expect(until - before).toBeLessThan(2 * 3_600_000 + 60_000);
    });

    it('exits 1 with a clear message on every mistake, before touching the database', async () => {
      const env = cliEnv(storage.config);
      const cases: [string[], RegExp][] = [
        [[], /error: name a command/],
        [['enrol'], /error: cannot understand "enrol"/],
        [['enroll', '--hours', '0'], /--hours must be a number above 0/],
        [['enroll', '--hours', 'soon'], /--hours must be a number/],
        [['enroll', '--hours', '10000'], /at most 720/],
        [['enroll', '--label', ''], /--label must be 1 to 100 characters/],
        [['enroll', '--colour', 'red'], /error: Unknown option '--colour'/],
        [['list', '--label', 'x'], /belong to "enroll"/],
        [['revoke'], /cannot understand "revoke"/],
        [['revoke', 'no-such-device'], /no device has the id "no-such-device"/],
      ];
      for (const [args, message] of cases) {
        const result = await devicesCli(env, args);
        expect(result.code, args.join(' ')).toBe(1);
        expect(result.stderr).toMatch(message);
      }
      expect(await db.selectFrom('enrollment_codes').select('code_hash').execute()).toEqual([]);
    });
  },
);

it('refuses to work without a database instead of creating one', async () => {
  const dir = await tempDir();
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir.path, 'none') };
    delete env.DATABASE_URL;
    const result = await devicesCli(env, ['list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: no Lotse database at .*; start the server once/);
  } finally {
    await dir.cleanup();
  }
});
