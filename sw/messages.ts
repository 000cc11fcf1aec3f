/** Ask the waiting service worker to take over now; sent only after the user chose to update. */
export interface SkipWaitingMessage {
  type: 'SKIP_WAITING';
}

/** Ask for the build version; the answer goes to the MessageChannel port sent along. */
export interface GetVersionMessage {
  type: 'GET_VERSION';
}

/** Every message the page may post to the service worker. */
export type SwRequest = SkipWaitingMessage | GetVersionMessage;

/** The answer to GET_VERSION. */
export interface VersionReply {
  type: 'VERSION';
  version: string;
}

const REQUEST_TYPES: readonly SwRequest['type'][] = ['SKIP_WAITING', 'GET_VERSION'];

const isRequestType = (type: unknown): type is SwRequest['type'] =>
  REQUEST_TYPES.some((known) => known === type);

/** Reads an incoming message; null for anything that is not one of ours. */
export function parseSwRequest(data: unknown): SwRequest | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null;
  const { type } = data;
  return isRequestType(type) ? { type } : null;
}
