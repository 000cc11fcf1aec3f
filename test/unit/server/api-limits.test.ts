import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_BODY_LIMIT, createApp } from '../../../src/server/app.ts';
import { registerCitizenDevice } from '../../../src/server/devices/device-store.ts';
import { DEVICES_BODY_LIMIT } from '../../../src/server/http/devices-routes.ts';
import { openStorage } from '../../../src/server/storage/open-storage.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import { listen, tempDir, testDialects, type Listening } from '../../support/server.ts';
import { auth, call } from './submissions-fixtures.ts';

const { dialects } = await testDialects();
const sqlite = dialects.find((dialect) => dialect.name === 'sqlite')!;

let db: Kysely<Database>;
let server: Listening;
let cleanup: () => Promise<void>;
let token: string;
const logged: unknown[] = [];

beforeAll(async () => {
  const storage = await sqlite.create();
  const staticDir = await tempDir();
  db = (await openStorage(storage.config)).db;
  server = await listen(
    createApp({ db, staticDir: staticDir.path, logError: (error) => logged.push(error) }),
  );
  token = (await registerCitizenDevice(db, new Date())).token;
  cleanup = async () => {
    await server.close();
    await db.destroy();
    await storage.cleanup();
    await staticDir.cleanup();
  };
});

afterAll(() => cleanup());

describe('request body limits', () => {
  const key = randomUUID();
  const routes: [string, string, number][] = [
    ['POST', '/api/v1/submissions', API_BODY_LIMIT],
    ['PUT', `/api/v1/submissions/${key}/attachments/a`, API_BODY_LIMIT],
    ['POST', '/api/v1/forms/lotse-wohnsitz-anmeldung/check', API_BODY_LIMIT],
    ['POST', '/api/v1/devices', DEVICES_BODY_LIMIT],
    ['POST', '/api/v1/csp-reports', API_BODY_LIMIT],
  ];

  it.each(routes)('%s %s refuses one byte over its limit with 413', async (method, path, limit) => {
    const reply = await send(method, path, Buffer.alloc(limit + 1, 0x7b), {
      'Idempotency-Key': key,
      'Content-Range': 'bytes 0-0/1',
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('counts the bytes of a chunked body that announces no length', async () => {
    const chunk = new Uint8Array(256 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 5) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${server.url}/api/v1/submissions/${key}/attachments/a`, {
      method: 'PUT',
      headers: { ...auth(token), 'Content-Range': 'bytes 0-0/1' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('takes a chunk of exactly 1 MiB past the limit to the route', async () => {
    const path = `/api/v1/submissions/${key}/attachments/a`;
    const reply = await send('PUT', path, Buffer.alloc(API_BODY_LIMIT), {
      'Content-Range': `bytes 0-${API_BODY_LIMIT - 1}/${API_BODY_LIMIT}`,
    });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ error: { code: 'submission_not_found' } });
  });
});

/**
 * One request on its own connection (node:http, no keep-alive): the server answers a too large
 * body without reading it and then closes the connection, which a pooled fetch would reuse.
 */
function send(
  method: string,
  path: string,
  body: Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(
      { hostname, port, path, method, agent: false, headers: { ...auth(token), ...headers } },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          }),
        );
      },
    );
    // The server may close before it read everything: that is its answer, not a failure.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.end(body);
  });
}

describe('the error log', () => {
  it('logs an unexpected failure without the body, the token or the path', async () => {
    const failing = await listen(
      createApp({
        db: explodingDb(db, (table) => `no ${table} row for ${token} body Haddad, Amira`),
        staticDir: '/nonexistent',
        logError: (error) => logged.push(error),
      }),
    );
    try {
      logged.length = 0;
      const reply = await call(`${failing.url}/api/v1/submissions/${newKey()}`, {
        headers: auth(token),
      });
      expect(reply.status).toBe(500);
      expect(reply.body.error).toEqual({
        code: 'internal',
        message: 'The server failed; try again later.',
      });
      expect(logged).toHaveLength(1);
      const error = logged[0] as Error;
      const text = `${error.message}\n${error.stack}`;
      expect(text).toContain('GET /api/*');
      expect(text).toContain('Error');
      expect(text).toMatch(/\n\s+at /);
      expect(text).not.toMatch(/Haddad|Amira/);
      expect(text).not.toContain(token);
      expect(text).not.toContain('/api/v1/submissions/');
    } finally {
      await failing.close();
    }
  });

  it('prints only the redacted error when nobody passes a logger', async () => {
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      printed.push(
        args
          .map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg)))
          .join(' '),
      );
    });
    const failing = await listen(
      createApp({
        db: explodingDb(db, () => `duplicate key (answers)=({"name":"Haddad, Amira"}) ${token}`),
        staticDir: '/nonexistent',
      }),
    );
    try {
      const reply = await call(`${failing.url}/api/v1/submissions`, {
        method: 'POST',
        headers: { ...auth(token), 'Idempotency-Key': newKey() },
        body: JSON.stringify({ answers: { name: 'Haddad, Amira' } }),
      });
      expect(reply.status).toBe(500);
      expect(printed).toHaveLength(1);
      expect(printed[0]).toContain('POST /api/*');
      expect(printed[0]).not.toMatch(/Haddad|Amira/);
      expect(printed[0]).not.toContain(token);
    } finally {
      spy.mockRestore();
      await failing.close();
    }
  });
});

function newKey(): string {
  return randomUUID();
}

/**
 * The database, except that looking up a device fails with a driver-like message quoting data (as
 * PostgreSQL's "Key (…)=(…)" details do): the path every authenticated request takes.
 */
function explodingDb(real: Kysely<Database>, message: (table: string) => string): Kysely<Database> {
  return new Proxy(real, {
    get(target, property, receiver) {
      if (property === 'selectFrom') {
        return (table: string) => {
          if (table === 'devices') throw new Error(message(table));
          return target.selectFrom(table as 'devices');
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
