import type { DraftRow, FormRow } from '../../src/db/database.ts';

/** A generated form and a draft answering it, written straight into the app's IndexedDB. */
export interface BenchFormRows {
  /** The `forms` row. */
  form: FormRow;
  /** The `drafts` row. */
  draft: DraftRow;
}

/** What FormWorkerBench.run does: the rows, how often to call, and which answer to save. */
export interface FormWorkerTask {
  /** URL of the app's worker script. */
  workerUrl: string;
  /** Stored before and deleted after the run. */
  rows: BenchFormRows;
  /** Untimed calls first (JIT, caches), per method. */
  warmUp: number;
  /** Timed validateDraft calls. */
  validations: number;
  /** Timed saveAnswer calls. */
  saves: number;
  /** Answer path of the text field saveAnswer writes (a new value each call). */
  savePath: string;
}

/** Round trips measured by FormWorkerBench.run, in ms. */
export interface FormWorkerTiming {
  /** The first validateDraft of the fresh worker (reads the rows, compiles the definition). */
  firstValidateMs: number;
  /** Each timed validateDraft(draftId). */
  validateMs: number[];
  /** Errors every validateDraft reported (the same each time). */
  errors: number;
  /** Each timed saveAnswer(draftId, savePath, value). */
  saveMs: number[];
  /** The saved answer as read back from IndexedDB after the last save. */
  lastSaved: unknown;
}

/** Page-side form helpers, installed as `window.lotseFormBench`. */
export interface FormWorkerBench {
  /** Stores the rows, times validateDraft and saveAnswer in a fresh worker, deletes the rows. */
  run(task: FormWorkerTask): Promise<FormWorkerTiming>;
}

declare global {
  interface Window {
    /** Installed by installFormWorkerBench. */
    lotseFormBench?: FormWorkerBench;
  }
}

/**
 * Installs `window.lotseFormBench` (pass to page.evaluate after installBenchApi; it must not close
 * over anything). The rows go in through a plain IndexedDB connection, the calls out through the
 * raw Comlink wire of `window.lotseBench.call`, so only the worker script comes from the app.
 */
export function installFormWorkerBench(): void {
  const request = <T>(req: IDBRequest<T>): Promise<T> =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
  const openLotse = (): Promise<IDBDatabase> => request(indexedDB.open('lotse'));
  const write = async (work: (tx: IDBTransaction) => void): Promise<void> => {
    const db = await openLotse();
    try {
      const tx = db.transaction(['forms', 'drafts'], 'readwrite');
      work(tx);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      });
    } finally {
      db.close();
    }
  };
  const readDraft = async (id: string): Promise<DraftRow | undefined> => {
    const db = await openLotse();
    try {
      const store = db.transaction('drafts').objectStore('drafts');
      return (await request(store.get(id))) as DraftRow | undefined;
    } finally {
      db.close();
    }
  };
  const answerAt = (answers: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((node, segment) => {
      const [, id, index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(segment) ?? [];
      const value = (node as Record<string, unknown> | undefined)?.[id ?? ''];
      return index === undefined ? value : (value as unknown[] | undefined)?.[Number(index)];
    }, answers);
  const timed = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
    const started = performance.now();
    const result = await work();
    return [performance.now() - started, result];
  };

  window.lotseFormBench = {
    async run({ workerUrl, rows, warmUp, validations, saves, savePath }) {
      const { call } = window.lotseBench!;
      await write((tx) => {
        tx.objectStore('forms').put(rows.form);
        tx.objectStore('drafts').put(rows.draft);
      });
      const worker = new Worker(workerUrl, { type: 'module' });
      try {
        const validate = async (): Promise<number> => {
          const result = (await call(worker, 'validateDraft', [rows.draft.id])) as {
            errors: unknown[];
          };
          // An empty result means the worker did not find the rows (e.g. a forms sync replaced them).
          if (!result.errors.length) throw new Error('validateDraft found no stored bench form');
          return result.errors.length;
        };
        const [firstValidateMs, errors] = await timed(validate);
        for (let i = 0; i < warmUp; i++) await validate();
        const validateMs: number[] = [];
        for (let i = 0; i < validations; i++) {
          const [ms, count] = await timed(validate);
          if (count !== errors) throw new Error(`validateDraft found ${count}, not ${errors}`);
          validateMs.push(ms);
        }
        const save = (i: number) =>
          call(worker, 'saveAnswer', [rows.draft.id, savePath, `Weg ${i}`]);
        for (let i = 0; i < warmUp; i++) await save(i);
        const saveMs: number[] = [];
        for (let i = 0; i < saves; i++) saveMs.push((await timed(() => save(i)))[0]);
        const lastSaved = answerAt((await readDraft(rows.draft.id))?.answers, savePath);
        return { firstValidateMs, validateMs, errors, saveMs, lastSaved };
      } finally {
        worker.terminate();
        await write((tx) => {
          tx.objectStore('forms').delete(rows.form.id);
          tx.objectStore('drafts').delete(rows.draft.id);
        });
      }
    },
  };
}
