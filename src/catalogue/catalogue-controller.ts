import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { proxy } from 'comlink';
import type { CatalogueProgress } from './store/catalogue-sync.ts';
import { workerApi } from './worker-client.ts';

/** What the device knows about its catalogue, for the app shell to show. */
export type CatalogueState =
  | { phase: 'opening' }
  | { phase: 'downloading'; progress: CatalogueProgress }
  | { phase: 'ready'; version: string; serviceCount: number; updated: boolean; offline: boolean }
  | { phase: 'missing'; reason: 'offline' | 'failed' };

/**
 * Opens the stored catalogue at start, then asks the server for a newer one. The first download
 * shows progress; later updates are swapped in by the worker and announced afterwards.
 */
export class CatalogueController implements ReactiveController {
  /** Current state; the host re-renders on every change. */
  state: CatalogueState = { phase: 'opening' };
  private syncing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Opens the catalogue and starts the update check. */
  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    void this.start();
  }

  /** Stops listening for the connection to return. */
  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  private readonly onOnline = (): void => void this.sync();

  private set(state: CatalogueState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private async start(): Promise<void> {
    const meta = await workerApi().catalogueStatus();
    if (meta) {
      this.set({
        phase: 'ready',
        version: meta.version,
        serviceCount: meta.serviceCount,
        updated: false,
        offline: false,
      });
    }
    await this.sync();
  }

  /** Checks the server for a newer catalogue (also called when the connection returns). */
  async sync(): Promise<void> {
    if (this.syncing) return;
    this.syncing = true;
    const hadCatalogue = this.state.phase === 'ready';
    const onProgress = hadCatalogue
      ? undefined
      : proxy((progress: CatalogueProgress) => this.set({ phase: 'downloading', progress }));
    try {
      const [result] = await Promise.all([
        workerApi().syncCatalogue(onProgress),
        // Form definitions travel with the catalogue; a failure keeps the stored ones.
        workerApi().syncForms(),
      ]);
      if (result.meta) {
        const { version, serviceCount } = result.meta;
        const updated = result.status === 'updated' && hadCatalogue;
        const offline = result.status === 'failed' && result.reason === 'offline';
        this.set({ phase: 'ready', version, serviceCount, updated, offline });
      } else if (result.status === 'failed') {
        this.set({ phase: 'missing', reason: result.reason === 'offline' ? 'offline' : 'failed' });
      }
    } finally {
      this.syncing = false;
    }
  }
}
