/** Runs the office CLIs (office:keys, office:decrypt) as real processes, as an administrator would. */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** What a CLI run printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `src/server/offices/<script>` with tsx and `env` on top of this process's environment. */
export function runOfficeCli(
  script: 'keys-cli.ts' | 'decrypt-cli.ts',
  args: string[],
  env: Record<string, string>,
): Promise<CliRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (env.DATABASE_URL === undefined) delete childEnv.DATABASE_URL;
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join('src/server/offices', script), ...args],
      { cwd: ROOT, env: childEnv, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The demo office's private key file that the server wrote into `dataDir` on first start. */
export async function demoKeyFile(dataDir: string): Promise<string> {
  const dir = join(dataDir, 'office-keys');
  const files = (await readdir(dir)).filter((name) => name.startsWith('demo-office-'));
  if (files.length !== 1) throw new Error(`expected one demo key in ${dir}, found ${files.length}`);
  return join(dir, files[0]!);
}
