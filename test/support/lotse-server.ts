import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

/** A real Lotse server process with its own data folder, as `npm start` runs it. */
export interface LotseServer {
  /** Base URL without trailing slash. */
  url: string;
  /** Its SQLite data folder. */
  dataDir: string;
  /** CSP and Trusted Types violations the browser reported to this server so far. */
  cspViolations(): string[];
  /** Publishes a catalogue file through the admin CLI (same database). */
  publish(file: string): Promise<string>;
  /** Stops the process (SIGTERM) and removes the data folder. */
  stop(): Promise<void>;
}

/** Starts `node --import tsx src/server/main.ts` on a free port, serving `staticDir` (dist/). */
export async function startLotseServer(
  options: { staticDir?: string; env?: Record<string, string> } = {},
): Promise<LotseServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lotse-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    STATIC_DIR: options.staticDir ?? join(ROOT, 'dist'),
  };
  // A DATABASE_URL of the developer's shell must not leak in; one passed in options is meant.
  delete env.DATABASE_URL;
  Object.assign(env, options.env);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await listeningUrl(child);
  const violations: string[] = [];
  const collect = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n')) {
      if (line.startsWith('csp-violation ')) violations.push(line);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return {
    url,
    dataDir,
    cspViolations: () => [...violations],
    async publish(file) {
      const { stdout } = await run(
        process.execPath,
        ['--import', 'tsx', 'src/server/catalogue/publish-cli.ts', file],
        { cwd: ROOT, env },
      );
      return stdout;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+?)\/? /.exec(output);
      if (match?.[1]) resolveUrl(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000).unref();
  });
}
