/** Most gzipped JavaScript the page may load for the first screen (main thread, all chunks). */
export const PAGE_JS_BUDGET_BYTES = 80 * 1024;

/**
 * Most gzipped JavaScript the Web Worker may load for the first screen (its script and everything
 * it imports). The search code (about 10 KB) loads only when someone searches, so a build that
 * pulls it back into the first screen fails here.
 */
export const WORKER_JS_BUDGET_BYTES = 54 * 1024;
