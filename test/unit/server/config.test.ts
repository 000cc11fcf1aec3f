import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readServerConfig } from '../../../src/server/config.ts';
import { DEFAULT_RATE_LIMITS, NO_RATE_LIMITS } from '../../../src/server/http/rate-limit.ts';

describe('server configuration from the environment', () => {
  it('listens on 127.0.0.1:8080 with SQLite under data/ and the app from dist/ by default', () => {
    expect(readServerConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      staticDir: resolve('dist'),
      storage: { kind: 'sqlite', dataDir: resolve('data'), file: resolve('data/lotse.sqlite') },
      resetData: false,
      rateLimits: DEFAULT_RATE_LIMITS,
      trustProxy: false,
    });
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const url = 'postgresql://lotse@db.example:5432/lotse';
    expect(readServerConfig({ DATABASE_URL: url }).storage).toEqual({
      kind: 'postgres',
      connectionString: url,
    });
  });

  it('refuses a DATABASE_URL for another database and a port that is not a number', () => {
    expect(() => readServerConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => readServerConfig({ PORT: 'eighty' })).toThrow(ConfigError);
  });

  it('resets data only when LOTSE_RESET_DATA is exactly 1', () => {
    expect(readServerConfig({ LOTSE_RESET_DATA: '1' }).resetData).toBe(true);
    expect(readServerConfig({ LOTSE_RESET_DATA: 'yes' }).resetData).toBe(false);
  });

  it('switches rate limits off only for LOTSE_RATE_LIMIT=off on loopback, trusts a proxy only when told', () => {
    expect(readServerConfig({ LOTSE_RATE_LIMIT: 'off' }).rateLimits).toEqual(NO_RATE_LIMITS);
    expect(readServerConfig({ LOTSE_RATE_LIMIT: 'on' }).rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    expect(() => readServerConfig({ LOTSE_RATE_LIMIT: 'no' })).toThrow(ConfigError);
    expect(() => readServerConfig({ LOTSE_RATE_LIMIT: 'off', HOST: '0.0.0.0' })).toThrow(
      /loopback/,
    );
    expect(readServerConfig({ LOTSE_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(() => readServerConfig({ LOTSE_TRUST_PROXY: 'yes' })).toThrow(ConfigError);
  });
});
