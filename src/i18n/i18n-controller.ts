import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { i18n } from './i18n.ts';

/** Re-renders its host whenever the UI language changes. */
export class I18nController implements ReactiveController {
  private readonly update = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Subscribes to language changes. */
  hostConnected(): void {
    i18n.on('languageChanged', this.update);
  }

  /** Unsubscribes. */
  hostDisconnected(): void {
    i18n.off('languageChanged', this.update);
  }
}
