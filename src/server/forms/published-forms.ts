/**
 * The forms document devices download: `{ format: 1, forms: FormDefinition[], destinations }` as
 * canonical JSON, its SHA-256 as version, and the bytes compressed once. The definitions come from
 * code (the bundled forms), the destinations (offices and their public keys) from the database,
 * so every server process on the same database computes the same bytes.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { FORM_FORMAT, type FormDefinition } from '../../forms/model/form-definition.ts';
import type { Destination } from '../../shared/destination.ts';
import { canonicalJson } from './canonical-json.ts';
import { assertPublishable } from './definition-check.ts';

/** Wire shape of `GET /api/v1/forms`. */
export interface FormsDocument {
  /** Format of the document; equals the definitions' format. */
  format: typeof FORM_FORMAT;
  /** Every published form definition. */
  forms: FormDefinition[];
  /** The offices applications go to, each with its current public key. */
  destinations: Destination[];
}

/** The published forms in memory: bytes for every encoding and the definitions by id. */
export interface PublishedForms {
  /** SHA-256 hex of the uncompressed bytes; also the ETag. */
  version: string;
  /** The document bytes per content coding. */
  bodies: { identity: Buffer; gzip: Buffer; br: Buffer };
  /**
   * The definitions parsed back from the published bytes, so the server validates against
   * exactly what devices downloaded (no property that JSON drops, no shared mutable objects).
   */
  byId: ReadonlyMap<string, FormDefinition>;
}

/**
 * Checks and serialises the definitions. Throws PublishedFormsError naming form and element when
 * any definition cannot be published.
 */
export function publishForms(
  forms: readonly FormDefinition[],
  destinations: readonly Destination[] = [],
): PublishedForms {
  assertPublishable(forms);
  const document: FormsDocument = {
    format: FORM_FORMAT,
    forms: [...forms],
    destinations: [...destinations],
  };
  const identity = Buffer.from(canonicalJson(document), 'utf8');
  const published = JSON.parse(identity.toString('utf8')) as FormsDocument;
  return {
    version: createHash('sha256').update(identity).digest('hex'),
    bodies: {
      identity,
      gzip: gzipSync(identity, { level: 9 }),
      br: brotliCompressSync(identity, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
        },
      }),
    },
    byId: new Map(published.forms.map((form) => [form.id, form])),
  };
}

const memo = new WeakMap<readonly FormDefinition[], PublishedForms>();

/** publishForms once per list: every app built in one process shares the same bytes. */
export function publishedFormsOf(forms: readonly FormDefinition[]): PublishedForms {
  let published = memo.get(forms);
  if (published === undefined) {
    published = publishForms(forms);
    memo.set(forms, published);
  }
  return published;
}

const withDestinations = new WeakMap<readonly FormDefinition[], Map<string, PublishedForms>>();

/**
 * The document with these destinations, compressed again only when they changed (an office key
 * was added or rotated); the last few versions are kept.
 */
export function publishedFormsWith(
  forms: readonly FormDefinition[],
  destinations: readonly Destination[],
): PublishedForms {
  const key = canonicalJson(destinations);
  let cache = withDestinations.get(forms);
  if (cache === undefined) {
    cache = new Map();
    withDestinations.set(forms, cache);
  }
  let published = cache.get(key);
  if (published === undefined) {
    published = publishForms(forms, destinations);
    if (cache.size >= 4) cache.delete(cache.keys().next().value!);
    cache.set(key, published);
  }
  return published;
}
