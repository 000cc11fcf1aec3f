/** One keystroke until the field's error message changed, in ms. */
export interface ErrorChangeSample {
  /** The keydown's timestamp until the field's error DOM changed (MutationObserver). */
  keyToDomMs: number;
  /** The keydown's timestamp until the first animation frame after that change. */
  keyToFrameMs: number;
  /** Error text before the keystroke ('' = none). */
  before: string;
  /** Error text after it ('' = none). */
  after: string;
}

/** One answer change until it was durable, in ms. */
export interface SaveSample {
  /** `lotse-value-change` until a separate IndexedDB connection reads the new answer. */
  changeToDurableMs: number;
  /** Reads it took (each its own readonly transaction). */
  polls: number;
}

/** Page-side probes for typing into the guided form, installed as `window.lotseTyping`. */
export interface TypingProbes {
  /** The error message a field element shows ('' for none). */
  errorText(field: Element): string;
  /** Starts waiting for the next keydown and then for the field's error text to change. */
  armErrorChange(field: Element): void;
  /** The sample of the last armErrorChange. */
  errorChange(): Promise<ErrorChangeSample>;
  /** Starts waiting for the next value change and then until the draft row holds that value. */
  armSave(draftId: string): Promise<void>;
  /** The sample of the last armSave. */
  save(): Promise<SaveSample>;
  /** Closes the polling connection. */
  close(): void;
}

declare global {
  interface Window {
    /** Installed by installTypingProbes. */
    lotseTyping?: TypingProbes;
  }
}

/**
 * Installs `window.lotseTyping` (pass to page.evaluate; it must not close over anything). It
 * watches only what a user or the storage sees: the field's shadow DOM and the IndexedDB row.
 */
export function installTypingProbes(): void {
  const LIMIT_MS = 15_000;
  let db: IDBDatabase | undefined;
  let errorChange: Promise<ErrorChangeSample> | undefined;
  let save: Promise<SaveSample> | undefined;
  const text = (field: Element): string =>
    field.shadowRoot?.querySelector('#error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const openLotse = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const opening = indexedDB.open('lotse');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error('cannot open IndexedDB'));
    });
  const readDraft = (connection: IDBDatabase, id: string): Promise<{ answers?: unknown }> =>
    new Promise((resolve, reject) => {
      const get = connection.transaction('drafts').objectStore('drafts').get(id);
      get.onsuccess = () => resolve((get.result ?? {}) as { answers?: unknown });
      get.onerror = () => reject(get.error ?? new Error('cannot read the draft'));
    });
  const answerAt = (answers: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((node, segment) => {
      const [, id, index] = /^([^[]+)(?:\[(\d+)\])?$/.exec(segment) ?? [];
      const value = (node as Record<string, unknown> | undefined)?.[id ?? ''];
      return index === undefined ? value : (value as unknown[] | undefined)?.[Number(index)];
    }, answers);
  const timeout = (what: string) => new Error(`${what} did not happen within ${LIMIT_MS} ms`);

  window.lotseTyping = {
    errorText: text,
    armErrorChange(field) {
      const root = field.shadowRoot;
      if (!root) throw new Error('the field has no shadow root');
      const before = text(field);
      errorChange = new Promise((resolve, reject) => {
        let keyAt: number | undefined;
        // The event's timestamp is when the browser received the key: it includes any wait for
        // a busy main thread, which a user feels too.
        const onKey = (event: KeyboardEvent): void => void (keyAt ??= event.timeStamp);
        const observer = new MutationObserver(() => {
          const after = text(field);
          if (keyAt === undefined || after === before) return;
          const start = keyAt;
          const domAt = performance.now();
          stop();
          requestAnimationFrame(() =>
            resolve({
              keyToDomMs: domAt - start,
              keyToFrameMs: performance.now() - start,
              before,
              after,
            }),
          );
        });
        const timer = setTimeout(() => (stop(), reject(timeout('an error change'))), LIMIT_MS);
        const stop = (): void => {
          clearTimeout(timer);
          observer.disconnect();
          window.removeEventListener('keydown', onKey, true);
        };
        window.addEventListener('keydown', onKey, true);
        observer.observe(root, { subtree: true, childList: true, characterData: true });
      });
    },
    errorChange: () => errorChange ?? Promise.reject(new Error('armErrorChange first')),
    async armSave(draftId) {
      const connection = (db ??= await openLotse());
      save = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(timeout('a durable save')), LIMIT_MS);
        const onChange = async (event: Event): Promise<void> => {
          const changedAt = performance.now();
          const field = event.composedPath()[0] as HTMLElement;
          const path = field.dataset.path ?? '';
          const expected = JSON.stringify((event as CustomEvent<{ value: unknown }>).detail.value);
          try {
            for (let polls = 1; ; polls++) {
              const row = await readDraft(connection, draftId);
              if (JSON.stringify(answerAt(row.answers, path)) === expected) {
                clearTimeout(timer);
                return resolve({ changeToDurableMs: performance.now() - changedAt, polls });
              }
              if (performance.now() - changedAt > LIMIT_MS) throw timeout('a durable save');
            }
          } catch (error) {
            clearTimeout(timer);
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
        window.addEventListener('lotse-value-change', (event) => void onChange(event), {
          capture: true,
          once: true,
        });
      });
    },
    save: () => save ?? Promise.reject(new Error('armSave first')),
    close() {
      db?.close();
      db = undefined;
    },
  };
}
