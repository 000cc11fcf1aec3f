import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import type { Answers, FormDefinition } from '../../../src/forms/model/form-definition.ts';
import { createApp } from '../../../src/server/app.ts';
import { todayInGermany, type CheckedFieldError } from '../../../src/server/forms/check-answers.ts';
import { openStorage } from '../../../src/server/storage/open-storage.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import { validateForm } from '../../../src/validation/index.ts';
import { listen, rawGet, tempDir, type Listening } from '../../support/server.ts';
import { wohngeldAnswers, wohnsitzAnswers } from '../../support/authored-answers.ts';

let dir: Awaited<ReturnType<typeof tempDir>>;
let db: Kysely<Database>;
let server: Listening;

beforeAll(async () => {
  dir = await tempDir();
  db = (await openStorage({ kind: 'sqlite', dataDir: dir.path, file: join(dir.path, 'l.sqlite') }))
    .db;
  server = await listen(createApp({ db, staticDir: dir.path }));
});

afterAll(async () => {
  await server.close();
  await db.destroy();
  await dir.cleanup();
});

function formById(id: string): FormDefinition {
  const form = bundledForms.find((candidate) => candidate.id === id);
  if (!form) throw new Error(`no bundled form ${id}`);
  return form;
}

/** Any answer of the check endpoint: success, field errors or an API error. */
interface CheckReply {
  valid?: boolean;
  errors?: CheckedFieldError[];
  error?: { code: string; message: string; currentVersion?: string };
}

async function check(id: string, body: unknown): Promise<{ status: number; body: CheckReply }> {
  const response = await fetch(`${server.url}/api/v1/forms/${id}/check`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: (await response.json()) as CheckReply };
}

describe('GET /api/v1/forms', () => {
  it('lists every bundled form in one versioned document', async () => {
    const response = await rawGet(server.url, '/api/v1/forms');
    expect(response.status).toBe(200);
    const document = JSON.parse(response.body.toString('utf8')) as {
      format: number;
      forms: FormDefinition[];
    };
    expect(document.format).toBe(1);
    expect(document.forms.map((form) => form.id)).toEqual(bundledForms.map((form) => form.id));
    expect(document.forms.map((form) => form.title)).toEqual(bundledForms.map((f) => f.title));
    const version = response.headers['x-forms-version'] as string;
    expect(version).toMatch(/^[0-9a-f]{64}$/);
    expect(response.headers['etag']).toBe(`"${version}"`);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['vary']).toBe('Accept-Encoding');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['x-decoded-length']).toBe(String(response.body.length));
  });

  it('publishes the definitions unchanged, so devices validate what the server validates', async () => {
    const response = await fetch(`${server.url}/api/v1/forms`);
    const document = (await response.json()) as { forms: FormDefinition[] };
    expect(document.forms).toEqual(JSON.parse(JSON.stringify(bundledForms)));
  });

  it('answers 304 without a body when the device already holds this version', async () => {
    const first = await rawGet(server.url, '/api/v1/forms');
    const etag = first.headers['etag'] as string;
    for (const tag of [etag, `W/${etag}`, `"old", ${etag}`]) {
      const again = await rawGet(server.url, '/api/v1/forms', { 'If-None-Match': tag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['etag']).toBe(etag);
    }
    const stale = await rawGet(server.url, '/api/v1/forms', { 'If-None-Match': '"old"' });
    expect(stale.status).toBe(200);
  });

  it('sends brotli and gzip that decode to exactly the published bytes', async () => {
    const plain = await rawGet(server.url, '/api/v1/forms', { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();

    const br = await rawGet(server.url, '/api/v1/forms', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.headers['x-decoded-length']).toBe(String(plain.body.length));

    const gz = await rawGet(server.url, '/api/v1/forms', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });
});

describe('POST /api/v1/forms/:id/check', () => {
  const wohnsitz = formById('lotse-wohnsitz-anmeldung');

  it('accepts a complete, valid Wohnsitz-Anmeldung', async () => {
    const answers = wohnsitzAnswers(todayInGermany());
    expect(validateForm(wohnsitz, answers, { today: todayInGermany() }).valid).toBe(true);
    const result = await check(wohnsitz.id, { version: wohnsitz.version, answers });
    expect(result).toEqual({ status: 200, body: { valid: true } });
  });

  it('names a missing first name and a wrong postcode exactly as validateForm does', async () => {
    const answers = wohnsitzAnswers(todayInGermany());
    const person = (answers.G_lotse_personen as Answers[])[0]!;
    delete person.F00000045;
    (answers.G_lotse_neue_wohnung as Answers[])[0]!.F00000054 = '00123';

    const result = await check(wohnsitz.id, { version: wohnsitz.version, answers });
    expect(result.status).toBe(422);
    expect(result.body.valid).toBe(false);
    const local = validateForm(wohnsitz, answers, { today: todayInGermany() });
    const errors = result.body.errors ?? [];
    const fields = (list: { path: string; elementId: string; code: string }[]) =>
      list.map(({ path, elementId, code }) => ({ path, elementId, code }));
    expect(fields(errors)).toEqual(fields(local.errors));
    expect(fields(errors)).toEqual([
      { path: 'G_lotse_neue_wohnung[0].F00000054', elementId: 'F00000054', code: 'plz' },
      { path: 'G_lotse_personen[0].F00000045', elementId: 'F00000045', code: 'required' },
    ]);
    expect(errors.map((error) => error.params)).toEqual(
      local.errors.map((error) => error.params ?? {}),
    );
    for (const error of errors) {
      expect(error.message).toMatch(/^[A-ZÄÖÜ]/);
      expect(error.message).not.toMatch(/\{\{|^(plz|required)/);
    }
    expect(errors[0]!.message).toMatch(/Postleitzahl/);
  });

  it('reports a wrong IBAN in Wohngeld with exactly the error validateForm gives', async () => {
    const wohngeld = formById('lotse-wohngeld-erstantrag');
    const answers = wohngeldAnswers(todayInGermany());
    (answers.G_lotse_konto as Answers[])[0]!.F_lotse_iban = 'DE02 1203 0000 0000 2020 52';
    const result = await check(wohngeld.id, { version: wohngeld.version, answers });
    expect(result.status).toBe(422);
    const local = validateForm(wohngeld, answers, { today: todayInGermany() });
    expect(local.errors.map((error) => error.code)).toEqual(['iban.checksum']);
    const [error] = result.body.errors ?? [];
    expect(result.body.errors).toHaveLength(1);
    expect(error).toMatchObject({
      path: 'G_lotse_konto[0].F_lotse_iban',
      elementId: 'F_lotse_iban',
      code: 'iban.checksum',
      params: local.errors[0]!.params,
      message: 'Die IBAN hat eine falsche Prüfziffer. Bitte prüfen Sie jede Ziffer.',
    });
  });

  it('answers 404 for a form nobody published', async () => {
    const result = await check('lotse-unbekannt', { version: '1', answers: {} });
    expect(result.status).toBe(404);
    expect(result.body.error?.code).toBe('form_not_found');
  });

  it('answers 409 with the current version when the answers were given for another one', async () => {
    const result = await check(wohnsitz.id, {
      version: '0.9',
      answers: wohnsitzAnswers(todayInGermany()),
    });
    expect(result.status).toBe(409);
    expect(result.body.error).toMatchObject({
      code: 'form_version',
      currentVersion: wohnsitz.version,
    });
  });

  it.each([
    [
      'a body that is not JSON',
      '{"version": "1.0", "answers": {',
      'invalid_json',
      /not valid JSON/,
    ],
    ['a JSON list', '[]', 'invalid_request', /JSON object/],
    ['a missing version', { answers: {} }, 'invalid_request', /"version"/],
    [
      'answers that are a list',
      { version: '1.0', answers: [] },
      'invalid_request',
      /"answers" must be an object/,
    ],
    ['missing answers', { version: '1.0' }, 'invalid_request', /"answers" must be an object/],
    [
      'a number where text is expected',
      { version: '1.0', answers: { G_lotse_personen: [{ F00000013: 42 }] } },
      'invalid_request',
      /"answers\.G_lotse_personen\[0\]\.F00000013": numbers are sent as the text typed/,
    ],
    [
      'an object that is neither a date nor a file',
      { version: '1.0', answers: { F1: { day: '1', month: '2' } } },
      'invalid_request',
      /"answers\.F1": an object must be a date/,
    ],
  ])('answers 400 with a specific message for %s', async (_, body, code, message) => {
    const result = await check(wohnsitz.id, body);
    expect(result.status).toBe(400);
    expect(result.body.error?.code).toBe(code);
    expect(result.body.error?.message).toMatch(message);
  });

  it('never quotes the answers of a malformed body back', async () => {
    const result = await check(wohnsitz.id, '{"version":"1.0","answers":{"F1":"Geheim-Name"');
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).not.toContain('Geheim');
  });

  it('refuses a body over the API limit with 413 before reading it', async () => {
    const huge = JSON.stringify({ version: '1.0', answers: { F1: 'x'.repeat(1_100_000) } });
    const result = await check(wohnsitz.id, huge);
    expect(result.status).toBe(413);
    expect(result.body.error?.code).toBe('payload_too_large');
  });
});
