import { resolve } from 'node:path';
import { DEFAULT_RATE_LIMITS, NO_RATE_LIMITS, type RateLimits } from './http/rate-limit.ts';
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
  /** Rate limits of the API (LOTSE_RATE_LIMIT=off: none, for loopback load tests). */
  rateLimits: RateLimits;
  /** Take the client address from X-Forwarded-For (LOTSE_TRUST_PROXY=1, behind our proxy). */
  trustProxy: boolean;
}

/** A setting in the environment that the server cannot use. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Name of the embedded database file inside DATA_DIR. */
export const SQLITE_FILE = 'lotse.sqlite';

/**
 * Reads PORT, HOST, DATA_DIR, DATABASE_URL, STATIC_DIR, LOTSE_RESET_DATA, LOTSE_RATE_LIMIT and
 * LOTSE_TRUST_PROXY with their defaults.
 */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const host = env.HOST || '127.0.0.1';
  return {
    port: readPort(env.PORT),
    host,
    staticDir: resolve(env.STATIC_DIR || 'dist'),
    storage: readStorageConfig(env),
    resetData: env.LOTSE_RESET_DATA === '1',
    rateLimits: readRateLimits(env.LOTSE_RATE_LIMIT, host),
    trustProxy: readFlag('LOTSE_TRUST_PROXY', env.LOTSE_TRUST_PROXY),
  };
}

function readRateLimits(value: string | undefined, host: string): RateLimits {
  if (value === undefined || value === '' || value === 'on') return DEFAULT_RATE_LIMITS;
  if (value === 'off') {
    // Load tests only: a server reachable from the network keeps its limits.
    if (!['127.0.0.1', '::1', 'localhost'].includes(host)) {
      throw new ConfigError(
        `LOTSE_RATE_LIMIT=off is only allowed with a loopback HOST, not "${host}"`,
      );
    }
    return NO_RATE_LIMITS;
  }
  throw new ConfigError(`LOTSE_RATE_LIMIT must be "on" or "off", got "${value}"`);
}

function readFlag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new ConfigError(`${name} must be 1 or 0, got "${value}"`);
}

/**
 * Where `npm start` writes the demo office's private key on first start: `<DATA_DIR>/office-keys`
 * (also with DATABASE_URL, where DATA_DIR holds nothing else).
 */
export function officeKeysDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR || 'data', 'office-keys');
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
