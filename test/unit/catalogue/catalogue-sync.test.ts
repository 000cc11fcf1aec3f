import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { createServer, type ServerResponse, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import {
  readCatalogueMeta,
  readServiceView,
} from '../../../src/catalogue/store/catalogue-store.ts';
import {
  syncCatalogue,
  type CatalogueProgress,
} from '../../../src/catalogue/store/catalogue-sync.ts';
import { smallCatalogue } from '../../support/small-catalogue.ts';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const body = Buffer.from(JSON.stringify(smallCatalogue()));
const version = createHash('sha256').update(body).digest('hex');
const renamed = smallCatalogue();
renamed.services[2]!.name = 'Wohnsitz Anmeldung (neu)';
const newBody = Buffer.from(JSON.stringify(renamed));
const newVersion = createHash('sha256').update(newBody).digest('hex');

let server: Server;
let url: string;
let handler: Handler;
let db: LotseDb;

/** Answers like the Lotse API does, with the given body and version. */
const serve =
  (bytes: Buffer, hash: string, extra: Record<string, string> = {}): Handler =>
  (request, response) => {
    if (request.headers['if-none-match'] === `"${hash}"`) {
      response.writeHead(304, { ETag: `"${hash}"` }).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      ETag: `"${hash}"`,
      'X-Catalogue-Version': hash,
      'X-Decoded-Length': String(bytes.length),
      ...extra,
    });
    response.end(bytes);
  };

beforeAll(async () => {
  server = createServer((request, response) => handler(request, response));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/catalogue`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
beforeEach(async () => {
  db = new LotseDb(`sync-${Math.random()}`);
  handler = serve(body, version);
  await syncCatalogue(db, { url });
});
afterEach(async () => {
  await db.delete();
});

async function storedName(): Promise<string | undefined> {
  return (await readServiceView(db, '99115005104000'))?.service.name;
}

describe('syncCatalogue', () => {
  it('downloads the first catalogue with progress and stores it', async () => {
    const fresh = new LotseDb(`sync-first-${Math.random()}`);
    const progress: CatalogueProgress[] = [];
    const result = await syncCatalogue(fresh, { url, onProgress: (step) => progress.push(step) });
    expect(result.status).toBe('updated');
    expect(result.meta?.version).toBe(version);
    expect(progress.at(-1)).toEqual({ received: body.length, total: body.length });
    await fresh.delete();
  });

  it('asks with If-None-Match and keeps the catalogue on 304', async () => {
    const result = await syncCatalogue(db, { url });
    expect(result.status).toBe('current');
  });

  it('swaps in a new version', async () => {
    handler = serve(newBody, newVersion);
    expect((await syncCatalogue(db, { url })).status).toBe('updated');
    expect(await storedName()).toBe('Wohnsitz Anmeldung (neu)');
  });

  const failures: [string, () => Handler, string][] = [
    ['a server error', () => (_, response) => response.writeHead(500).end('boom'), 'server'],
    [
      'a captive portal page',
      () => (_, response) =>
        response.writeHead(200, { 'Content-Type': 'text/html' }).end('<h1>Login</h1>'),
      'server',
    ],
    [
      'a body that does not hash to its version',
      () => serve(Buffer.from(newBody.toString().replace('neu', 'NEU')), newVersion),
      'corrupt',
    ],
    [
      'valid JSON that is no catalogue',
      () => {
        const junk = Buffer.from('{"format":1,"groups":[]}');
        return serve(junk, createHash('sha256').update(junk).digest('hex'));
      },
      'corrupt',
    ],
    [
      'a connection cut halfway',
      () => (_, response) => {
        serve(newBody, newVersion)(_, {
          writeHead: (...args: Parameters<ServerResponse['writeHead']>) =>
            response.writeHead(...args),
          end: (bytes: Buffer) =>
            response.write(bytes.subarray(0, bytes.length / 2), () => response.destroy()),
        } as unknown as ServerResponse);
      },
      'interrupted',
    ],
  ];

  for (const [what, makeHandler, reason] of failures) {
    it(`keeps the previous catalogue after ${what}`, async () => {
      handler = makeHandler();
      const result = await syncCatalogue(db, { url });
      expect(result).toMatchObject({ status: 'failed', reason });
      expect(result.meta?.version).toBe(version);
      expect((await readCatalogueMeta(db))?.version).toBe(version);
      expect(await storedName()).toBe('Wohnsitz Anmeldung');
    });
  }

  it('reports offline when the server cannot be reached', async () => {
    const result = await syncCatalogue(db, { url: 'http://127.0.0.1:9/api/v1/catalogue' });
    expect(result).toMatchObject({ status: 'failed', reason: 'offline' });
    expect(await storedName()).toBe('Wohnsitz Anmeldung');
  });
});
