import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readServerConfig } from '../../../src/server/config.ts';

describe('server configuration from the environment', () => {
  it('listens on 127.0.0.1:8080 with SQLite under data/ and the app from dist/ by default', () => {
    expect(readServerConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      staticDir: resolve('dist'),
      storage: { kind: 'sqlite', dataDir: resolve('data'), file: resolve('data/lotse.sqlite') },
      resetData: false,
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
});
