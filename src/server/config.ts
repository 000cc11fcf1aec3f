import { resolve } from 'node:path';
import type { StorageConfig } from './storage/open-storage.ts';

/** Everything the server reads from its environment, resolved to absolute paths. */
export interface ServerConfig {
  /** TCP port to listen on (0 picks a free one). */
  port: number;
  /** Interface to bind; 127.0.0.1 keeps a dev server off the network. */
  host: string;
  /** Folder with the built PWA (index.html, sw.js, assets/). */
  staticDir: string;
  /** Where the catalogue and, later, submissions are stored. */
  storage: StorageConfig;
  /** Delete the embedded database before opening it (e2e tests start from nothing). */
  resetData: boolean;
}

/** A setting in the environment that the server cannot use. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Name of the embedded database file inside DATA_DIR. */
export const SQLITE_FILE = 'lotse.sqlite';

/** Reads PORT, HOST, DATA_DIR, DATABASE_URL, STATIC_DIR and LOTSE_RESET_DATA with their defaults. */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: readPort(env.PORT),
    host: env.HOST || '127.0.0.1',
    staticDir: resolve(env.STATIC_DIR || 'dist'),
    storage: readStorageConfig(env),
    resetData: env.LOTSE_RESET_DATA === '1',
  };
}

/** The storage part alone, shared by main.ts and the CLIs. */
export function readStorageConfig(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
    }
    return { kind: 'postgres', connectionString: url };
  }
  const dataDir = resolve(env.DATA_DIR || 'data');
  return { kind: 'sqlite', dataDir, file: resolve(dataDir, SQLITE_FILE) };
}

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a number from 0 to 65535, got "${value}"`);
  }
  return port;
}
