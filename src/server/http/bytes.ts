/**
 * A Buffer as the Uint8Array<ArrayBuffer> that Response bodies are typed with. Node's Buffers
 * are typed over ArrayBufferLike (which admits SharedArrayBuffer), but ours come from fs, zlib
 * and the database drivers, which never hand out shared memory.
 */
export function responseBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return buffer as Uint8Array<ArrayBuffer>;
}
