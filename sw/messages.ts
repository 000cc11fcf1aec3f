/** Ask the waiting service worker to take over now; sent only after the user chose to update. */
export interface SkipWaitingMessage {
  type: 'SKIP_WAITING';
}

/** Ask for the build version; the answer goes to the MessageChannel port sent along. */
export interface GetVersionMessage {
  type: 'GET_VERSION';
}

/** Keep every translation file of a language for offline use (sent when it is chosen). */
export interface CacheLanguageMessage {
  type: 'CACHE_LANGUAGE';
  /** Language code, e.g. "ar" or "de-x-ls". */
  lang: string;
}

/** Every message the page may post to the service worker. */
export type SwRequest = SkipWaitingMessage | GetVersionMessage | CacheLanguageMessage;

/** The answer to GET_VERSION. */
export interface VersionReply {
  type: 'VERSION';
  version: string;
}

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;

/** Reads an incoming message; null for anything that is not one of ours. */
export function parseSwRequest(data: unknown): SwRequest | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null;
  const { type } = data;
  if (type === 'CACHE_LANGUAGE') {
    const lang = 'lang' in data ? data.lang : undefined;
    return typeof lang === 'string' && LANGUAGE_CODE.test(lang) ? { type, lang } : null;
  }
  return type === 'SKIP_WAITING' || type === 'GET_VERSION' ? { type } : null;
}
