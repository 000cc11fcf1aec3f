/** Runs the server's administration CLIs as real processes on the database a test opened. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { StorageConfig } from '../../src/server/storage/open-storage.ts';
import type { CliRun } from './office-cli.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

/** The environment under which a CLI finds the same database as the test. */
export function cliEnv(config: StorageConfig): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  if (config.kind === 'sqlite') return { ...env, DATA_DIR: config.dataDir };
  const url = new URL(config.connectionString);
  if (config.schema) url.searchParams.set('options', `-c search_path=${config.schema}`);
  return { ...env, DATABASE_URL: url.toString() };
}

/**
 * Runs `script` (a path from the repository root) with tsx under `env`, as an administrator
 * would; resolves with its exit code and output, also when it fails.
 */
export async function runServerCli(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
