import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCatalogue, tempDir } from '../../support/server.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** Runs a server entry point with tsx, as the npm scripts do. */
function runNode(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects output and resolves with the exit code. */
function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out, err })));
}

/** Starts main.ts and resolves with its URL once it logs that it listens. */
function startMain(env: Record<string, string>) {
  const child = runNode('src/server/main.ts', [], { PORT: '0', ...env });
  const exit = finished(child);
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening on (http:\/\/\S+?)\/? /.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    });
    void exit.then(({ err }) => reject(new Error(`server exited before listening: ${err}`)));
  });
  return { child, exit, url };
}

async function currentVersion(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/catalogue/version`);
  return ((await response.json()) as { version: string }).version;
}

describe('the server process', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let env: Record<string, string>;
  let bundledVersion: string;

  beforeAll(async () => {
    dir = await tempDir();
    await mkdir(join(dir.path, 'dist'));
    await writeFile(join(dir.path, 'dist', 'index.html'), '<!doctype html><title>Lotse</title>');
    env = { DATA_DIR: join(dir.path, 'data'), STATIC_DIR: join(dir.path, 'dist') };
  });

  afterAll(() => dir.cleanup());

  it('starts on an empty data folder with the bundled catalogue and stops cleanly on SIGTERM', async () => {
    const server = startMain(env);
    const url = await server.url;
    const response = await fetch(`${url}/api/v1/catalogue/version`);
    const info = (await response.json()) as { version: string; services: number };
    expect(info.services).toBeGreaterThan(1000);
    bundledVersion = info.version;
    expect((await fetch(`${url}/`)).status).toBe(200);
    // A fresh machine gets a demo office to encrypt to, and is told so once.
    const forms = (await (await fetch(`${url}/api/v1/forms`)).json()) as {
      destinations: { officeId: string }[];
    };
    expect(forms.destinations.map((destination) => destination.officeId)).toEqual(['demo']);
    server.child.kill('SIGTERM');
    const { code, out } = await server.exit;
    expect(code).toBe(0);
    expect(out).toContain(`Demo office key created: ${join(env.DATA_DIR!, 'office-keys')}`);
  });

  it('publishes a file from the command line and keeps it over the bundled one on restart', async () => {
    const file = join(dir.path, 'admin.json');
    await writeFile(file, JSON.stringify(sampleCatalogue('Vom Admin')));
    const cli = await finished(runNode('src/server/catalogue/publish-cli.ts', [file], env));
    expect(cli.code).toBe(0);
    const adminVersion = cli.out.trim();
    expect(adminVersion).toMatch(/^[0-9a-f]{64}$/);

    const server = startMain(env);
    expect(await currentVersion(await server.url)).toBe(adminVersion);
    server.child.kill('SIGTERM');
    await server.exit;
  });

  it('starts from nothing again when LOTSE_RESET_DATA=1', async () => {
    const server = startMain({ ...env, LOTSE_RESET_DATA: '1' });
    expect(await currentVersion(await server.url)).toBe(bundledVersion);
    server.child.kill('SIGTERM');
    await server.exit;
  });

  it('refuses an invalid catalogue on the command line with exit code 1 and the reason', async () => {
    const file = join(dir.path, 'bad.json');
    await writeFile(file, JSON.stringify({ ...sampleCatalogue(), groups: 'none' }));
    const cli = await finished(runNode('src/server/catalogue/publish-cli.ts', [file], env));
    expect(cli.code).toBe(1);
    expect(cli.err).toContain('CatalogueFormatError');
    expect(cli.err).toContain('groups');
  });

  it('refuses to start without a built app and says how to build it', async () => {
    const empty = join(dir.path, 'empty');
    await mkdir(empty);
    const result = await finished(runNode('src/server/main.ts', [], { ...env, STATIC_DIR: empty }));
    expect(result.code).toBe(1);
    expect(result.err).toContain('npm run build');
  });
});
