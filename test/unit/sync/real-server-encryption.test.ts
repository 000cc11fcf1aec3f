import 'fake-indexeddb/auto';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotseDb } from '../../../src/db/database.ts';
import { visibleAnswers } from '../../../src/validation/index.ts';
import type { SubmissionContent } from '../../../src/shared/submission.ts';
import type { LotseServer } from '../../support/lotse-server.ts';
import { demoKeyFile, runOfficeCli } from '../../support/office-cli.ts';
import { OTHER_OFFICE_KEY_FILE } from '../../support/office-keys.ts';
import { drainUntilSettled, testClock } from '../../support/outbox-fixture.ts';
import { downloadOffices, KITA, queueKita, startRealServer } from './real-server-fixture.ts';

const MARKER = `MARKER${randomUUID().replaceAll('-', '')}`;
const ANSWER_MARKER = `${MARKER}-Vorname`;
const FILE_MARKER = `${MARKER}-Dateiname.pdf`;
const BYTES_MARKER = `${MARKER}-Inhalt`;

/** A fake PDF with the marker in its bytes. */
const DOCUMENT = new TextEncoder().encode(
  `%PDF-1.4\n% ${BYTES_MARKER}\n${'Arbeitgeberbescheinigung '.repeat(4000)}\n%%EOF\n`,
);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every table of the server's SQLite file as text, and the file's raw bytes (and its WAL). */
async function dumpSqlite(dataDir: string): Promise<string> {
  const file = join(dataDir, 'lotse.sqlite');
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  const parts: string[] = [];
  try {
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as {
      name: string;
    }[];
    for (const { name } of tables) {
      for (const row of sqlite.prepare(`select * from "${name}"`).all() as object[]) {
        for (const value of Object.values(row)) {
          parts.push(Buffer.isBuffer(value) ? value.toString('latin1') : String(value));
        }
      }
    }
  } finally {
    sqlite.close();
  }
  for (const name of ['lotse.sqlite', 'lotse.sqlite-wal']) {
    const bytes = await readFile(join(dataDir, name)).catch(() => Buffer.alloc(0));
    parts.push(bytes.toString('latin1'));
  }
  return parts.join('\n');
}

describe('an application end-to-end encrypted from the device to the office', () => {
  let server: LotseServer;
  let db: LotseDb;
  let out: string;
  let reference: string;
  let content: SubmissionContent;

  beforeAll(async () => {
    server = await startRealServer();
    db = new LotseDb(`real-e2e-${Math.random()}`);
    out = await mkdtemp(join(tmpdir(), 'lotse-office-'));
  }, 60_000);
  afterAll(async () => {
    await db.delete();
    await server.stop();
    await rm(out, { recursive: true, force: true });
  });

  it('sends only ciphertext: neither the outbox nor the server database holds a marker', async () => {
    await downloadOffices(db, server.url);
    // Staff helped: the citizen consented to the Turkish text before the first question.
    const row = await queueKita(
      db,
      ANSWER_MARKER,
      0,
      { bytes: DOCUMENT, name: FILE_MARKER },
      { at: Date.UTC(2026, 10, 28, 13, 5), lang: 'tr', textVersion: '2026-11' },
    );
    // The outbox (what a locked device's background sync sends) holds no clear text.
    const files = await db.outboxFiles.where('outboxId').equals(row.id).toArray();
    expect(files).toHaveLength(1);
    const queued = JSON.stringify(row) + (await files[0]!.blob.text());
    expect(queued).not.toContain(MARKER);

    const clock = testClock();
    await drainUntilSettled(db, { baseUrl: server.url, now: clock.now, random: () => 0.5 }, clock);
    const sent = await db.outbox.get(row.id);
    expect(sent?.state).toBe('sent');
    expect(sent?.receipt?.status).toBe('received');
    reference = sent!.receipt!.reference;
    // Sent: the ciphertext is no longer needed on the device.
    expect(await db.outboxFiles.count()).toBe(0);

    const dump = await dumpSqlite(server.dataDir);
    expect(dump).toContain(reference);
    expect(dump).not.toContain(MARKER);
    expect(dump).not.toContain('Arbeitgeberbescheinigung');
    // Words of the office's German copy and of the answers are not there either.
    expect(dump).not.toContain('Kita-Platz');
    expect(dump).not.toContain('Haddad');
  }, 60_000);

  it('opens with the office key: exact answers and document, every hash verified', async () => {
    const keyFile = await demoKeyFile(server.dataDir);
    const run = await runOfficeCli(
      'decrypt-cli.ts',
      ['--key', keyFile, '--reference', reference, '--out', out],
      { DATA_DIR: server.dataDir },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Aktenzeichen:  ${reference}`);
    expect(run.stdout).toContain(
      'Einwilligung:  erteilt am 28.11.2026, 14:05, Text auf Türkisch (Fassung 2026-11)',
    );
    expect(run.stdout).toContain(ANSWER_MARKER);
    expect(run.stdout).toContain(`✓ ${FILE_MARKER}`);
    expect(run.stdout).toContain('Prüfsummen stimmen (verschlüsselt und entschlüsselt)');
    expect(run.stdout).toContain('✓ keine Fehler');
    expect(run.stdout).not.toContain('✗');

    content = JSON.parse(await readFile(join(out, 'content.json'), 'utf8')) as SubmissionContent;
    const draft = await db.drafts.get((await db.outbox.toArray())[0]!.id);
    expect(content.answers).toEqual(visibleAnswers(KITA, draft!.answers));
    expect(content.formId).toBe(KITA.id);
    const written = await readFile(join(out, FILE_MARKER));
    expect(sha256(written)).toBe(sha256(DOCUMENT));
    expect(content.attachments[0]).toMatchObject({ name: FILE_MARKER, sha256: sha256(DOCUMENT) });
  }, 60_000);

  it('refuses another office key, an unknown reference, and a changed document', async () => {
    const env = { DATA_DIR: server.dataDir };
    const wrong = await runOfficeCli(
      'decrypt-cli.ts',
      ['--key', OTHER_OFFICE_KEY_FILE, '--reference', reference],
      env,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('This key cannot open this application');
    expect(wrong.stdout).not.toContain(MARKER);

    const keyFile = await demoKeyFile(server.dataDir);
    const unknown = await runOfficeCli(
      'decrypt-cli.ts',
      ['--key', keyFile, '--reference', 'LT-0000-0000-0'],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No application has the reference|not a reference number/);

    // Someone with access to the database swaps one character of the stored ciphertext.
    const sqlite = new Database(join(server.dataDir, 'lotse.sqlite'));
    try {
      const chunk = sqlite.prepare('select rowid, data from attachment_chunks').get() as {
        rowid: number;
        data: Buffer;
      };
      const changed = Buffer.from(chunk.data);
      const at = changed.length - 100;
      changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
      sqlite
        .prepare('update attachment_chunks set data = ? where rowid = ?')
        .run(changed, chunk.rowid);
    } finally {
      sqlite.close();
    }
    const tampered = await runOfficeCli(
      'decrypt-cli.ts',
      ['--key', keyFile, '--reference', reference],
      env,
    );
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('Hash-Abweichung');
    expect(tampered.stderr).toContain('check(s) failed');
  }, 60_000);
});
