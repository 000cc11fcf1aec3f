/**
 * XDatenfelder 2.0 writes `praezisierung` as free text, in practice a JSON-like object such as
 * `{"minLength":"1","maxLength":"50"}`; some tools drop the quotes. Read what is readable and
 * hand the rest back as text for the report.
 */

/** Readable key/value pairs, and the text when nothing could be read. */
export interface ParsedPraezisierung {
  /** Values by key as written. */
  constraints: Record<string, string>;
  /** The original text when it was not machine-readable. */
  text?: string;
}

const LOOSE_PAIR = /["']?([A-Za-z]+)["']?\s*:\s*(?:"([^"]*)"|'([^']*)'|([^,}\s]+))/g;

/** Parses a 2.0 praezisierung string. */
export function parsePraezisierung2(raw: string | undefined): ParsedPraezisierung {
  const source = raw?.trim();
  if (!source) return { constraints: {} };
  const strict = parseJsonObject(source);
  if (strict) return { constraints: strict };
  const constraints: Record<string, string> = {};
  for (const match of source.matchAll(LOOSE_PAIR)) {
    const [, key, doubleQuoted, singleQuoted, bare] = match;
    if (key) constraints[key] = doubleQuoted ?? singleQuoted ?? bare ?? '';
  }
  return Object.keys(constraints).length > 0 ? { constraints } : { constraints, text: source };
}

function parseJsonObject(source: string): Record<string, string> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const constraints: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean') {
      constraints[key] = String(entry);
    }
  }
  return constraints;
}
