import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const START_TIMEOUT_MS = 60_000;
const LOG_TAIL_CHARS = 4000;

/** The server process did not start, or stopped with an error. */
export class ServerProcessError extends Error {
  override name = 'ServerProcessError';
}

/** A running `src/server/main.ts` process. */
export interface ServerProcess {
  /** Base URL without trailing slash. */
  url: string;
  /** SIGTERM, then waits for the exit (the server closes its database first). */
  stop(): Promise<void>;
}

/**
 * Starts the real server as `npm run serve` does, on a free loopback port, with exactly the
 * given storage variables (test/support/lotse-server.ts drops DATABASE_URL, so it cannot run
 * the PostgreSQL half).
 */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env };
  if (env.DATABASE_URL === undefined) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  // Keep reading so a chatty server never blocks on a full pipe; only the tail is kept.
  const keep = (chunk: Buffer): void =>
    void (log = (log + chunk.toString()).slice(-LOG_TAIL_CHARS));
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const code = await exited;
    if (code !== 0 && code !== null) throw new ServerProcessError(`server exited ${code}:\n${log}`);
  };
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ServerProcessError(`server did not start in 60 s:\n${log}`));
    }, START_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      const match = /listening on (http:\/\/\S+?)\/? /.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveStart({ url: match[1], stop });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new ServerProcessError(`server exited with ${code} before listening:\n${log}`));
    });
  });
}
