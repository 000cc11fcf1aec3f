import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app.ts';
import { openStorage } from '../../../src/server/storage/open-storage.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import { listen, rawGet, tempDir } from '../../support/server.ts';
import type { Listening } from '../../support/server.ts';

const INDEX =
  '<!doctype html><title>Lotse</title><script type="module" src="/assets/index-abc123.js"></script>';
const SCRIPT = `export const text = ${JSON.stringify('Lotse '.repeat(2000))};\n`;

describe('static files of the built app', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let db: Kysely<Database>;
  let server: Listening;

  beforeAll(async () => {
    dir = await tempDir();
    await mkdir(join(dir.path, 'static', 'assets'), { recursive: true });
    const file = (name: string) => join(dir.path, 'static', name);
    await writeFile(file('index.html'), INDEX);
    await writeFile(file('sw.js'), 'self.addEventListener("fetch", () => {});');
    await writeFile(file('manifest.webmanifest'), '{"name":"Lotse"}');
    await writeFile(file('assets/index-abc123.js'), SCRIPT);
    await writeFile(file('assets/logo-def456.png'), Buffer.alloc(4096, 7));
    db = (await openStorage({ kind: 'sqlite', dataDir: dir.path, file: file('../db.sqlite') })).db;
    server = await listen(createApp({ db, staticDir: join(dir.path, 'static') }));
  });

  afterAll(async () => {
    await server.close();
    await db.destroy();
    await dir.cleanup();
  });

  it('caches hashed assets for a year as immutable', async () => {
    const response = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe(SCRIPT);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/sw.js', 'text/javascript; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
  ])('makes the browser revalidate %s and labels it %s', async (path, type) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers a revalidation of an unchanged file with 304', async () => {
    const first = await fetch(`${server.url}/sw.js`);
    const etag = first.headers.get('etag')!;
    const second = await fetch(`${server.url}/sw.js`, { headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(304);
  });

  it('compresses text files with brotli or gzip but leaves images alone', async () => {
    const br = await rawGet(server.url, `/assets/index-abc123.js`, { 'Accept-Encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const gz = await rawGet(server.url, `/assets/index-abc123.js`, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const png = await rawGet(server.url, `/assets/logo-def456.png`, { 'Accept-Encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.body.length).toBe(4096);
  });

  it('serves the app page for client-side routes a browser navigates to', async () => {
    const response = await fetch(`${server.url}/service/99115001000000`, {
      headers: { Accept: 'text/html,application/xhtml+xml' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
  });

  it('answers 404 for a missing asset instead of the app page', async () => {
    const asset = await fetch(`${server.url}/assets/gone-000000.js`, {
      headers: { Accept: 'text/html' },
    });
    expect(asset.status).toBe(404);
    const script = await fetch(`${server.url}/missing.js`, { headers: { Accept: '*/*' } });
    expect(script.status).toBe(404);
  });

  it('never serves files outside the app folder', async () => {
    for (const path of [
      '/../db.sqlite',
      '/%2e%2e/db.sqlite',
      '/assets/..%2f..%2fdb.sqlite',
      '/..\\db.sqlite',
    ]) {
      const response = await rawGet(server.url, path);
      expect([400, 404], path).toContain(response.status);
      expect(response.body.toString(), path).not.toContain('SQLite');
    }
  });

  it('sends the security headers with pages and API answers alike', async () => {
    for (const path of ['/', '/api/v1/health']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("style-src 'self';");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(csp).toContain('trusted-types default lit-html');
      expect(csp).toContain('report-uri /api/v1/csp-reports');
    }
  });

  it('logs a reported CSP violation in one line without query strings, and answers 204', async () => {
    const report = {
      'csp-report': {
        'effective-directive': 'require-trusted-types-for',
        'blocked-uri': 'trusted-types-sink',
        'source-file': 'http://127.0.0.1/assets/index.js?name=Amira',
      },
    };
    const lines: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => void lines.push(line);
    try {
      const response = await fetch(`${server.url}/api/v1/csp-reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/csp-report' },
        body: JSON.stringify(report),
      });
      expect(response.status).toBe(204);
    } finally {
      console.warn = warn;
    }
    expect(lines).toEqual([
      'csp-violation require-trusted-types-for blocked=trusted-types-sink source=http://127.0.0.1/assets/index.js',
    ]);
  });

  it('refuses API request bodies over 1 MB with a JSON 413', async () => {
    const response = await fetch(`${server.url}/api/v1/health`, {
      method: 'POST',
      body: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});
