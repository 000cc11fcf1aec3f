import type { LotseDb, OutboxRow } from '../../db/database.ts';
import { SendFailure } from './http-failure.ts';
import { uploadBlob } from './outbox-files.ts';
import { fetchUploadOffset, putChunk, type SubmissionTransport } from './submission-client.ts';

/**
 * Uploads the attachments the server still misses, chunk by chunk. An attachment that was started
 * before (by an earlier, broken attempt) resumes at the server's Upload-Offset; each confirmed
 * offset is stored so the UI can show progress, and `onProgress` is called after each store.
 */
export async function uploadAttachments(
  db: LotseDb,
  transport: SubmissionTransport,
  row: OutboxRow,
  missing: string[],
  chunkBytes: number,
  onProgress: () => void = () => undefined,
): Promise<void> {
  const uploaded = { ...((await db.outbox.get(row.id))?.uploaded ?? row.uploaded) };
  const save = async (id: string, offset: number) => {
    uploaded[id] = offset;
    await db.outbox.update(row.id, { uploaded: { ...uploaded }, updatedAt: transport.now() });
    onProgress();
  };
  for (const id of missing) {
    const announced = row.request.attachments.find((attachment) => attachment.id === id);
    const stored = await uploadBlob(db, row, id);
    if (!announced || !stored) throw needsAttention(id);
    let offset = id in uploaded ? await fetchUploadOffset(transport, row.id, id) : 0;
    await save(id, offset);
    // Each round moves forward or ends with a failure; the bound guards against a server that
    // keeps answering the same offset.
    const rounds = Math.ceil(announced.size / chunkBytes) + 2;
    for (let round = 0; offset < announced.size && round < rounds; round++) {
      const end = Math.min(offset + chunkBytes, announced.size);
      const bytes = new Uint8Array(await stored.slice(offset, end).arrayBuffer());
      offset = await putChunk(transport, row.id, id, {
        start: offset,
        bytes,
        total: announced.size,
      });
      await save(id, offset);
    }
    if (offset < announced.size) {
      throw new SendFailure({ kind: 'retryable', code: 'upload_stalled', message: id });
    }
  }
}

function needsAttention(id: string): SendFailure {
  return new SendFailure({
    kind: 'needs-attention',
    code: 'attachment_missing',
    message: `document ${id} is no longer on this device`,
  });
}
