import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDemoOffice } from '../../../src/server/offices/demo-office.ts';
import { listOffices, readDestinations } from '../../../src/server/offices/offices-store.ts';
import { openStorage } from '../../../src/server/storage/open-storage.ts';
import { officeKeyProblem } from '../../../src/shared/destination.ts';
import { runOfficeCli } from '../../support/office-cli.ts';
import { tempDir } from '../../support/server.ts';

let dir: Awaited<ReturnType<typeof tempDir>>;
let env: Record<string, string>;
beforeEach(async () => {
  dir = await tempDir();
  env = { DATA_DIR: join(dir.path, 'data') };
});
afterEach(() => dir.cleanup());

async function offices() {
  const { db } = await openStorage({
    kind: 'sqlite',
    dataDir: env.DATA_DIR!,
    file: join(env.DATA_DIR!, 'lotse.sqlite'),
  });
  try {
    return { list: await listOffices(db), destinations: await readDestinations(db) };
  } finally {
    await db.destroy();
  }
}

describe('npm run office:keys', () => {
  it('creates an office with a 4096-bit key, the private half only in a 0600 file', async () => {
    const out = join(dir.path, 'bezirksamt.private.jwk');
    const run = await runOfficeCli(
      'keys-cli.ts',
      ['create', 'bezirksamt', '--name', 'Bezirksamt Mitte', '--out', out],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const jwk = JSON.parse(await readFile(out, 'utf8')) as JWK;
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RSA-OAEP-256', use: 'enc' });
    expect(typeof jwk.d).toBe('string');
    const kid = await calculateJwkThumbprint({ kty: 'RSA', n: jwk.n!, e: jwk.e! }, 'sha256');
    expect(jwk.kid).toBe(kid);
    expect(run.stdout).toContain(kid);

    const { list, destinations } = await offices();
    expect(list).toHaveLength(1);
    expect(destinations).toEqual([
      {
        officeId: 'bezirksamt',
        name: 'Bezirksamt Mitte',
        services: ['*'],
        key: { kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RSA-OAEP-256', use: 'enc', kid },
      },
    ]);
    expect(officeKeyProblem(destinations[0]!.key)).toBeNull();
    // Only the public key is stored.
    expect(JSON.stringify(list)).not.toContain(jwk.d);

    // Never overwrites a key file, never creates an office twice (and leaves no stray file).
    const again = await runOfficeCli(
      'keys-cli.ts',
      ['create', 'zweitamt', '--name', 'Zweitamt', '--out', out],
      env,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists');
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(jwk);
    const other = join(dir.path, 'other.private.jwk');
    const twice = await runOfficeCli(
      'keys-cli.ts',
      ['create', 'bezirksamt', '--name', 'Noch einmal', '--out', other],
      env,
    );
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('use "rotate"');
    expect(await readdir(dir.path)).not.toContain('other.private.jwk');
  }, 60_000);

  it('rotates to a new published key and keeps the old one for queued applications', async () => {
    const first = join(dir.path, 'k1.jwk');
    const second = join(dir.path, 'k2.jwk');
    expect(
      (await runOfficeCli('keys-cli.ts', ['create', 'amt', '--name', 'Amt', '--out', first], env))
        .code,
    ).toBe(0);
    const rotate = await runOfficeCli('keys-cli.ts', ['rotate', 'amt', '--out', second], env);
    expect(rotate.code).toBe(0);
    const oldKid = (JSON.parse(await readFile(first, 'utf8')) as JWK).kid;
    const newKid = (JSON.parse(await readFile(second, 'utf8')) as JWK).kid;
    const { list, destinations } = await offices();
    expect(list[0]!.keys.map(({ key }) => key.kid)).toEqual([newKid, oldKid]);
    expect(destinations[0]!.key.kid).toBe(newKid);
    const listed = await runOfficeCli('keys-cli.ts', ['list'], env);
    expect(listed.stdout).toContain(`${newKid}`);
    expect(listed.stdout).toMatch(new RegExp(`${oldKid!}.*older \\(still accepted\\)`));
  }, 60_000);

  it('refuses command-line mistakes before generating anything', async () => {
    const mistakes = [
      [],
      ['create', 'amt', '--out', join(dir.path, 'x.jwk')],
      ['create', 'amt/..', '--name', 'A', '--out', join(dir.path, 'x.jwk')],
      ['create', 'amt', '--name', 'A', '--services', 'a,,b', '--out', join(dir.path, 'x.jwk')],
      ['rotate', 'amt'],
      ['rotate', 'unknown-office', '--out', join(dir.path, 'x.jwk')],
      ['delete', 'amt'],
    ];
    const runs = await Promise.all(mistakes.map((args) => runOfficeCli('keys-cli.ts', args, env)));
    runs.forEach((run, index) => {
      expect(run.code, mistakes[index]!.join(' ')).toBe(1);
      expect(run.stderr).toMatch(/^error: /);
    });
    expect(await readdir(dir.path)).not.toContain('x.jwk');
  }, 60_000);
});

describe('the demo office of a fresh start', () => {
  it('is created once, with its private key in DATA_DIR, even by two starts at once', async () => {
    const { db } = await openStorage({
      kind: 'sqlite',
      dataDir: dir.path,
      file: join(dir.path, 'lotse.sqlite'),
    });
    try {
      const keysDir = join(dir.path, 'office-keys');
      const outcomes = await Promise.all([
        ensureDemoOffice(db, keysDir),
        ensureDemoOffice(db, keysDir),
      ]);
      const created = outcomes.filter((outcome) => outcome.created);
      expect(created).toHaveLength(1);
      const [demo] = await readDestinations(db);
      expect(demo).toMatchObject({ officeId: 'demo', services: ['*'] });
      const files = await readdir(keysDir);
      expect(files).toHaveLength(1);
      const file = join(keysDir, files[0]!);
      expect(created[0]).toEqual({ created: true, file, kid: demo!.key.kid });
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((JSON.parse(await readFile(file, 'utf8')) as JWK).kid).toBe(demo!.key.kid);

      // An office exists: later starts leave everything as it is.
      expect(await ensureDemoOffice(db, keysDir)).toEqual({ created: false });
      expect(await readdir(keysDir)).toHaveLength(1);
    } finally {
      await db.destroy();
    }
  }, 60_000);
});
