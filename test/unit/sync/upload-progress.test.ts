import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LotseDb, OutboxRow } from '../../../src/db/database.ts';
import { listDraftOverviews, sendingView } from '../../../src/drafts/store/draft-views.ts';
import { OUTBOX_CHANNEL, type OutboxChange } from '../../../src/sync/outbox-channel.ts';
import { drainOutbox, type DrainOptions } from '../../../src/sync/store/drain.ts';
import { faultServerOutboxPerTest, queueApplication } from '../../support/outbox-fixture.ts';

let db: LotseDb;
let options: DrainOptions;
faultServerOutboxPerTest('progress', (opened) => ({ db, options } = opened));

const CHUNK = 512 * 1024;

describe('upload progress while the outbox sends documents', () => {
  it('stores and reports every confirmed chunk, so the list shows the bytes grow to the total', async () => {
    // 1.8 MB of document become about 2.4 MB of compact JWE: five chunks of 512 KiB.
    const row = await queueApplication(db, 'Ada', 1_800_000);
    const size = row.request.attachments[0]!.size;
    expect(Math.ceil(size / CHUNK)).toBe(5);
    const changes: OutboxChange[] = [];
    const seenBeforePut: (number | undefined)[] = [];
    const watching: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT') {
        const overview = (await listDraftOverviews(db)).find((draft) => draft.id === row.id);
        expect(overview?.sending?.state).toBe('sending');
        seenBeforePut.push(overview?.sending?.upload?.sent);
      }
      return fetch(input, init);
    };
    await drainOutbox(db, {
      ...options,
      chunkBytes: CHUNK,
      fetch: watching,
      onChange: (change) => changes.push(change),
    });

    // Before each chunk the list sees exactly what the server confirmed so far.
    expect(seenBeforePut).toEqual([0, CHUNK, 2 * CHUNK, 3 * CHUNK, 4 * CHUNK]);
    expect(changes).toEqual([
      { id: row.id, state: 'sending', kind: 'state' },
      // Once when the upload starts at offset 0, then once per confirmed chunk.
      ...Array.from({ length: 6 }, () => ({ id: row.id, state: 'sending', kind: 'progress' })),
      { id: row.id, state: 'sent', kind: 'state' },
    ]);
    const done = (await listDraftOverviews(db))[0]?.sending;
    expect(done).toMatchObject({ state: 'sent', upload: { sent: size, total: size } });
  });

  it('announces the changes on the lotse-outbox BroadcastChannel when nobody asks otherwise', async () => {
    const row = await queueApplication(db, 'Ada', 300_000);
    const listener = new BroadcastChannel(OUTBOX_CHANNEL);
    const heard: OutboxChange[] = [];
    const sent = new Promise<void>((resolve) => {
      listener.onmessage = (event: MessageEvent<OutboxChange>) => {
        heard.push(event.data);
        if (event.data.state === 'sent') resolve();
      };
    });
    try {
      await drainOutbox(db, { ...options, chunkBytes: 100_000 });
      await sent;
    } finally {
      listener.close();
    }
    // Once at the start, then once per confirmed chunk of the ciphertext.
    const chunks = Math.ceil(row.request.attachments[0]!.size / 100_000);
    expect(heard.filter((change) => change.kind === 'progress')).toHaveLength(chunks + 1);
    expect(heard.at(0)).toEqual({ id: row.id, state: 'sending', kind: 'state' });
    expect(heard.at(-1)).toEqual({ id: row.id, state: 'sent', kind: 'state' });
  });
});

describe('sendingView', () => {
  const base: OutboxRow = {
    id: 'draft-1',
    state: 'sending',
    request: {
      formId: 'f',
      formVersion: '1',
      serviceId: 's',
      answers: {},
      attachments: [
        { id: 'a', type: 'application/pdf', size: 3_000_000, sha256: 'x' },
        { id: 'b', type: 'application/pdf', size: 5_000_000, sha256: 'y' },
      ],
    },
    attempts: 0,
    nextAttemptAt: 0,
    uploaded: { b: 1_048_576 },
    createdAt: 0,
    updatedAt: 0,
  };
  const receipt = {
    id: 'server-1',
    idempotencyKey: 'draft-1',
    reference: 'LT-0000-0000-0',
    receivedAt: '2025-11-28T09:00:00.000Z',
    serviceId: 's',
    formId: 'f',
    status: 'awaiting-attachments' as const,
    missingAttachments: ['b'],
  };

  it('counts documents the receipt no longer misses whole and the others as far as confirmed', () => {
    expect(sendingView({ ...base, receipt }).upload).toEqual({
      sent: 3_000_000 + 1_048_576,
      total: 8_000_000,
    });
    // Before the first receipt every document is missing.
    expect(sendingView(base).upload).toEqual({ sent: 1_048_576, total: 8_000_000 });
  });

  it('has no upload without documents and the office status only once sent', () => {
    const plain = { ...base, request: { ...base.request, attachments: [] } };
    expect(sendingView(plain)).toEqual({
      state: 'sending',
      reference: null,
      upload: null,
      office: null,
    });
    const decided = {
      ...receipt,
      status: 'needs-information' as const,
      statusNote: 'Bitte Ausweis zeigen.',
      missingAttachments: [],
    };
    expect(sendingView({ ...plain, state: 'sent', receipt: decided })).toEqual({
      state: 'sent',
      reference: 'LT-0000-0000-0',
      upload: null,
      office: { status: 'needs-information', note: 'Bitte Ausweis zeigen.' },
    });
  });
});
