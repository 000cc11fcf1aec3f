/** Decodes XML bytes by their BOM or XML declaration (FIM exports are UTF-8 or ISO-8859-1). */
import { XdfImportError } from './errors.ts';

/** The document text of XML file bytes. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decode(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  return decode(bytes, declared ?? 'utf-8');
}

function decode(bytes: Uint8Array, encoding: string): string {
  const decoder = decoderFor(encoding);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new XdfImportError(
      'unsupported-encoding',
      `The file is not valid ${encoding} text; check the encoding in its XML declaration.`,
    );
  }
}

// No type annotation: TextDecoder is a DOM type in the page project and a Node global elsewhere.
function decoderFor(encoding: string) {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new XdfImportError(
      'unsupported-encoding',
      `The file declares the unsupported encoding "${encoding}".`,
    );
  }
}
