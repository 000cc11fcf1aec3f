/** Most gzipped JavaScript the page may load for the first screen (main thread, all chunks). */
export const PAGE_JS_BUDGET_BYTES = 80 * 1024;

/** Most gzipped JavaScript the Web Worker may load (its script and everything it imports). */
export const WORKER_JS_BUDGET_BYTES = 60 * 1024;
