import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { canonicalCatalogue, publishCatalogue } from '../../../src/server/catalogue/publish.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import { appPerTest, rawGet, sampleCatalogue, testDialects } from '../../support/server.ts';
import type { Listening } from '../../support/server.ts';

const { dialects, skipped } = await testDialects();

if (skipped !== null) it.skip(`catalogue API on postgres: ${skipped}`, () => undefined);

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'catalogue API on %s',
  (_, dialect) => {
    let db: Kysely<Database>;
    let server: Listening;
    appPerTest(dialect, (opened) => ({ db, server } = opened));

    it('reports health as ok', async () => {
      const response = await fetch(`${server.url}/api/v1/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    });

    it('answers 503 with a JSON error while no catalogue is published', async () => {
      const response = await fetch(`${server.url}/api/v1/catalogue`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { error: { code: string } };
      expect(body.error.code).toBe('catalogue_unavailable');
    });

    it('serves the current catalogue with a strong ETag and its decoded length', async () => {
      const { version } = await publishCatalogue(db, sampleCatalogue());
      const expected = canonicalCatalogue(sampleCatalogue()).bytes;
      const response = await rawGet(server.url, `/api/v1/catalogue`);
      expect(response.status).toBe(200);
      expect(response.headers['etag']).toBe(`"${version}"`);
      expect(response.headers['x-catalogue-version']).toBe(version);
      expect(response.headers['x-decoded-length']).toBe(String(expected.length));
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['vary']).toBe('Accept-Encoding');
      expect(response.body.equals(expected)).toBe(true);
    });

    it.each([
      ['strong', (v: string) => `"${v}"`],
      ['weak', (v: string) => `W/"${v}"`],
      ['list', (v: string) => `"old", W/"${v}", "other"`],
    ])(
      'answers 304 without a body when If-None-Match names the version (%s form)',
      async (_, tag) => {
        const { version } = await publishCatalogue(db, sampleCatalogue());
        const response = await rawGet(server.url, `/api/v1/catalogue`, {
          'If-None-Match': tag(version),
        });
        expect(response.status).toBe(304);
        expect(response.headers['etag']).toBe(`"${version}"`);
        expect(response.body.length).toBe(0);
      },
    );

    it('sends brotli and gzip that decode to exactly the published bytes', async () => {
      const large = sampleCatalogue();
      large.source = 'x'.repeat(20_000);
      await publishCatalogue(db, large);
      const expected = canonicalCatalogue(large).bytes;

      const br = await rawGet(server.url, `/api/v1/catalogue`, { 'Accept-Encoding': 'gzip, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(expected.length / 10);
      expect(brotliDecompressSync(br.body).equals(expected)).toBe(true);

      const gz = await rawGet(server.url, `/api/v1/catalogue`, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.body.length).toBeLessThan(expected.length / 10);
      expect(gunzipSync(gz.body).equals(expected)).toBe(true);
      expect(gz.headers['x-decoded-length']).toBe(String(expected.length));

      const plain = await rawGet(server.url, `/api/v1/catalogue`, { 'Accept-Encoding': 'br;q=0' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(expected)).toBe(true);
    });

    it('gives a device holding the old ETag the new catalogue after a new publish', async () => {
      const first = await publishCatalogue(db, sampleCatalogue('Erste'));
      const second = await publishCatalogue(db, sampleCatalogue('Zweite'));
      expect(second.version).not.toBe(first.version);

      const response = await fetch(`${server.url}/api/v1/catalogue`, {
        headers: { 'If-None-Match': `"${first.version}"` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBe(`"${second.version}"`);
      const body = (await response.json()) as { source: string };
      expect(body.source).toContain('Zweite');
    });

    it('tells the current version, size and service count cheaply', async () => {
      const result = await publishCatalogue(db, sampleCatalogue());
      const response = await fetch(`${server.url}/api/v1/catalogue/version`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({
        version: result.version,
        services: 2,
        sizeBytes: result.sizeBytes,
      });
      expect(Date.parse(String(body.publishedAt))).not.toBeNaN();
    });

    it('answers unknown API paths with a JSON error, never the app page', async () => {
      const response = await fetch(`${server.url}/api/v1/nope`, {
        headers: { Accept: 'text/html' },
      });
      // Every API path but the public ones needs a device, unknown ones too (fail closed).
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
      const wrongMethod = await fetch(`${server.url}/api/v1/catalogue`, { method: 'DELETE' });
      expect(wrongMethod.status).toBe(404);
      expect(await wrongMethod.json()).toMatchObject({ error: { code: 'not_found' } });
    });
  },
);
