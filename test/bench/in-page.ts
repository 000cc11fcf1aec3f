/** What the page-side bench helpers offer, installed as `window.lotseBench`. */
export interface BenchApi {
  /** Times prepareSearch in a fresh worker; with `clearCachedIndex` it must build the index. */
  prepare(task: { workerUrl: string; clearCachedIndex: boolean }): Promise<number>;
  /** Fresh worker: times prepareSearch, then each search call's round trip. */
  search(task: { workerUrl: string; queries: string[]; limit: number }): Promise<SearchTiming>;
  /** Times `runs` fresh workers from creation to catalogueStatus() + listThemenfelder(). */
  open(task: { workerUrl: string; runs: number }): Promise<number[]>;
  /** Times a fixed CPU loop on the main thread and in a fresh worker (throttling check). */
  spin(iterations: number): Promise<{ pageMs: number; workerMs: number }>;
  /** One raw Comlink 4 call of a worker API method; resolves with its result. */
  call: (worker: Worker, method: string, args: unknown[]) => Promise<unknown>;
}

/** Result of BenchApi.search. */
export interface SearchTiming {
  /** prepareSearch in the fresh worker (the index is cached by then: a warm start). */
  indexReadyMs: number;
  /** Round trip of each query, in order. */
  ms: number[];
  /** Names of the hits of each query, in rank order. */
  names: string[][];
}

declare global {
  interface Window {
    /** Installed by installBenchApi. */
    lotseBench?: BenchApi;
  }
}

/**
 * Installs `window.lotseBench` in the page (pass to page.evaluate; it must not close over
 * anything). Workers are driven with raw Comlink 4 messages, so the bench needs no code from
 * the app besides the worker script itself.
 */
export function installBenchApi(): void {
  type Wire = { id?: string; type?: string; name?: string; value?: unknown };
  const call = (worker: Worker, method: string, args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = crypto.randomUUID();
      const timer = setTimeout(() => reject(new Error(`${method} took over 120 s`)), 120_000);
      const onMessage = (event: MessageEvent<Wire>): void => {
        if (event.data?.id !== id) return;
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        if (event.data.type === 'HANDLER' && event.data.name === 'throw') {
          reject(new Error(`${method} threw: ${JSON.stringify(event.data.value)}`));
        } else resolve(event.data.value);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
      const argumentList = args.map((value) => ({ type: 'RAW', value }));
      worker.postMessage({ id, type: 'APPLY', path: [method], argumentList });
    });
  const timed = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
    const started = performance.now();
    const result = await work();
    return [performance.now() - started, result];
  };
  const withWorker = async <T>(url: string, work: (worker: Worker) => Promise<T>): Promise<T> => {
    const worker = new Worker(url, { type: 'module' });
    try {
      return await work(worker);
    } finally {
      worker.terminate();
    }
  };
  const clearSearchIndex = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const opening = indexedDB.open('lotse');
      opening.onerror = () => reject(opening.error ?? new Error('cannot open IndexedDB'));
      opening.onsuccess = () => {
        const db = opening.result;
        const tx = db.transaction('searchIndex', 'readwrite');
        tx.objectStore('searchIndex').clear();
        tx.oncomplete = () => (db.close(), resolve());
        tx.onerror = () => (db.close(), reject(tx.error ?? new Error('cannot clear')));
      };
    });
  const spinFor = (iterations: number): number => {
    let sum = 0;
    for (let i = 0; i < iterations; i++) sum += Math.sqrt(i);
    return sum;
  };

  window.lotseBench = {
    call,
    async prepare({ workerUrl, clearCachedIndex }) {
      if (clearCachedIndex) await clearSearchIndex();
      return withWorker(workerUrl, async (worker) => {
        const [ms, ready] = await timed(() => call(worker, 'prepareSearch', []));
        if (ready !== true) throw new Error('prepareSearch found no stored catalogue');
        return ms;
      });
    },
    search: ({ workerUrl, queries, limit }) =>
      withWorker(workerUrl, async (worker) => {
        const [indexReadyMs] = await timed(() => call(worker, 'prepareSearch', []));
        const ms: number[] = [];
        const names: string[][] = [];
        for (const query of queries) {
          const [elapsed, hits] = await timed(() => call(worker, 'search', [query, limit]));
          ms.push(elapsed);
          names.push((hits as { name: string }[]).map((hit) => hit.name));
        }
        return { indexReadyMs, ms, names };
      }),
    async open({ workerUrl, runs }) {
      const samples: number[] = [];
      for (let run = 0; run < runs; run++) {
        const [ms, count] = await timed(() =>
          withWorker(workerUrl, async (worker) => {
            if (!(await call(worker, 'catalogueStatus', []))) throw new Error('no catalogue');
            return ((await call(worker, 'listThemenfelder', [])) as unknown[]).length;
          }),
        );
        if (count === 0) throw new Error('listThemenfelder returned nothing');
        samples.push(ms);
      }
      return samples;
    },
    async spin(iterations) {
      const source = `onmessage = (e) => { const n = e.data; const t = performance.now(); let s = 0;
        for (let i = 0; i < n; i++) s += Math.sqrt(i); postMessage([performance.now() - t, s]); };`;
      const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      const worker = new Worker(url);
      const workerMs = await new Promise<number>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<[number, number]>) => resolve(event.data[0]);
        worker.onerror = () => reject(new Error('the spin worker did not start'));
        worker.postMessage(iterations);
      });
      worker.terminate();
      URL.revokeObjectURL(url);
      const [pageMs] = await timed(() => Promise.resolve(spinFor(iterations)));
      return { pageMs, workerMs };
    },
  };
}
