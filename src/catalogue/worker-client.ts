import { wrap, type Remote } from 'comlink';
import type { WorkerApi } from '../worker/api.ts';

// Held for the page's lifetime: a collected temporary Comlink proxy can leave a call hanging.
let remote: Remote<WorkerApi> | undefined;

/** The worker that stores, downloads and searches the catalogue; started on first use. */
export function workerApi(): Remote<WorkerApi> {
  remote ??= wrap<WorkerApi>(
    new Worker(new URL('../worker/worker.ts', import.meta.url), {
      type: 'module',
      name: 'lotse-worker',
    }),
  );
  return remote;
}
