import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { StorageConfig } from '../../../src/server/storage/open-storage.ts';
import type { Database } from '../../../src/server/storage/schema.ts';
import {
  changeSubmissionStatus,
  checkStatusRequest,
  MAX_STATUS_NOTE_LENGTH,
  StatusChangeError,
  type StatusChangeCode,
} from '../../../src/server/submissions/status.ts';
import { testDialects } from '../../support/server.ts';
import type { Listening, TestStorage } from '../../support/server.ts';
import { cliEnv, runServerCli } from '../../support/server-cli.ts';
import {
  auth,
  call,
  deviceToken,
  knownDevice,
  postSubmission,
  prepareSubmission,
  plaintextAppPerTest,
  uploadFrom,
  type Reply,
} from './submissions-fixtures.ts';

const { dialects, skipped } = await testDialects();

if (skipped !== null) it.skip(`office status changes on postgres: ${skipped}`, () => undefined);

/** Runs `npm run submissions:status -- …` as the office would; resolves with code and output. */
const statusCli = (config: StorageConfig, args: string[]) =>
  runServerCli('src/server/submissions/status-cli.ts', args, cliEnv(config));

describe.each(dialects.map((dialect) => [dialect.name, dialect] as const))(
  'office status changes on %s',
  (_, dialect) => {
    let storage: TestStorage;
    let db: Kysely<Database>;
    let server: Listening;
    const token = deviceToken();
    let clock = new Date('2025-11-28T09:00:00.000Z');
    plaintextAppPerTest(dialect, token, (opened) => ({ storage, db, server } = opened));

    /** Submits an application; with `upload` its document too, so it is `received`. */
    async function submitted(upload = true) {
      const prepared = prepareSubmission(1000);
      const reply = await postSubmission(server.url, prepared.key, token, prepared.request);
      expect(reply.status).toBe(201);
      if (upload) expect((await uploadFrom(server.url, prepared, token)).status).toBe(200);
      return { key: prepared.key, reference: reply.body.reference };
    }

    async function change(reference: string, status: string, note?: string) {
      clock = new Date(clock.getTime() + 60_000);
      return changeSubmissionStatus(db, checkStatusRequest(reference, status, note), clock);
    }

    async function refusal(promise: Promise<unknown>): Promise<StatusChangeCode> {
      const error = await promise.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(StatusChangeError);
      return (error as StatusChangeError).code;
    }

    const receiptFor = (key: string, deviceTokenValue: string | null = token): Promise<Reply> =>
      call(`${server.url}/api/v1/submissions/${key}`, {
        headers: deviceTokenValue === null ? {} : auth(deviceTokenValue),
      });

    it('shows the submitting device the new status with the note and the time of the change', async () => {
      const { key, reference } = await submitted();
      const before = await receiptFor(key);
      expect(before.body).toMatchObject({
        status: 'received',
        statusNote: null,
        statusChangedAt: null,
      });

      const changed = await change(
        reference,
        'needs-information',
        '  Bitte den Mietvertrag zeigen. ',
      );
      expect(changed).toMatchObject({ from: 'received', to: 'needs-information' });
      const after = await receiptFor(key);
      expect(after.status).toBe(200);
      expect(after.body).toMatchObject({
        ...before.body,
        status: 'needs-information',
        statusNote: 'Bitte den Mietvertrag zeigen.',
        statusChangedAt: changed.changedAt,
      });
    });

    it('goes received → in-progress → needs-information → in-progress → decided, and no further', async () => {
      const { key, reference } = await submitted();
      await change(reference, 'in-progress');
      await change(reference, 'needs-information', 'Bitte Ausweis mitbringen.');
      // A second question replaces the first.
      await change(reference, 'needs-information', 'Bitte auch die Meldebescheinigung.');
      expect((await receiptFor(key)).body.statusNote).toBe('Bitte auch die Meldebescheinigung.');
      await change(reference, 'in-progress');
      // The note belongs to its change: a change without a note clears it.
      expect((await receiptFor(key)).body).toMatchObject({
        status: 'in-progress',
        statusNote: null,
      });
      await change(reference, 'decided', 'Der Bescheid kommt per Post.');
      for (const next of ['in-progress', 'needs-information', 'decided']) {
        expect(await refusal(change(reference, next))).toBe('not_allowed');
      }
      expect((await receiptFor(key)).body).toMatchObject({
        status: 'decided',
        statusNote: 'Der Bescheid kommt per Post.',
      });
    });

    it('refuses going back to received, an unknown status, and in-progress twice', async () => {
      const { key, reference } = await submitted();
      await change(reference, 'in-progress');
      expect(await refusal(change(reference, 'received'))).toBe('not_allowed');
      expect(await refusal(change(reference, 'awaiting-attachments'))).toBe('not_allowed');
      expect(await refusal(change(reference, 'done'))).toBe('invalid_status');
      expect(await refusal(change(reference, 'in-progress'))).toBe('not_allowed');
      expect((await receiptFor(key)).body.status).toBe('in-progress');
    });

    it('refuses a change while the documents have not all arrived', async () => {
      const { key, reference } = await submitted(false);
      expect(await refusal(change(reference, 'in-progress'))).toBe('awaiting_attachments');
      expect((await receiptFor(key)).body.status).toBe('awaiting-attachments');
    });

    it('refuses an unknown reference, a mistyped one and a note longer than 500 characters', async () => {
      const { reference } = await submitted();
      // A valid reference nobody has: the check character is recomputed for other characters.
      const other = reference === 'LT-0000-0000-0' ? 'LT-0000-0001-2' : 'LT-0000-0000-0';
      expect(await refusal(change(other, 'in-progress'))).toBe('unknown_reference');
      const typo = `${reference.slice(0, -1)}${reference.endsWith('A') ? 'B' : 'A'}`;
      expect(await refusal(change(typo, 'in-progress'))).toBe('invalid_reference');
      const long = 'ä'.repeat(MAX_STATUS_NOTE_LENGTH + 1);
      expect(await refusal(change(reference, 'needs-information', long))).toBe('invalid_note');
      // Exactly 500 characters (not bytes) are fine; lower case and spaces are forgiven.
      const fits = 'ä'.repeat(MAX_STATUS_NOTE_LENGTH);
      const done = await change(` ${reference.toLowerCase()} `, 'needs-information', fits);
      expect(done.note).toBe(fits);
    });

    it('still answers 404 to another device and 401 without a token after a change', async () => {
      const { key, reference } = await submitted();
      await change(reference, 'decided');
      expect((await receiptFor(key, await knownDevice(db))).status).toBe(404);
      expect((await receiptFor(key, null)).status).toBe(401);
      expect((await receiptFor(key)).body.status).toBe('decided');
    });

    it('changes the status from the command line and exits 1 with a clear message on refusals', async () => {
      const { key, reference } = await submitted();
      const ok = await statusCli(storage.config, [reference, 'in-progress', '--note', 'Ist da.']);
      expect(ok).toMatchObject({ code: 0 });
      expect(ok.stdout).toContain(`${reference}: received → in-progress`);
      expect((await receiptFor(key)).body).toMatchObject({
        status: 'in-progress',
        statusNote: 'Ist da.',
      });

      const back = await statusCli(storage.config, [reference, 'received']);
      expect(back.code).toBe(1);
      expect(back.stderr).toMatch(/nothing goes back to it/);
      const unknown = await statusCli(storage.config, ['LT-0000-0000-0', 'decided']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/No submission has the reference number LT-0000-0000-0/);
      const usage = await statusCli(storage.config, [reference]);
      expect(usage.code).toBe(1);
      expect(usage.stderr).toMatch(/usage: npm run submissions:status/);
      expect((await receiptFor(key)).body.status).toBe('in-progress');
    }, 30_000);
  },
);
