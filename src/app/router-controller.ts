import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseRoute, type Route } from './routes.ts';

/**
 * Client-side routing over the History API: follows same-origin link clicks and back/forward,
 * and re-renders the host with the current route.
 */
export class RouterController implements ReactiveController {
  /** The route of the current URL. */
  route: Route = parseRoute(location.pathname, location.search);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onNavigate: (route: Route) => void,
  ) {
    host.addController(this);
  }

  /** Starts listening to clicks and history changes. */
  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    document.addEventListener('click', this.onClick);
  }

  /** Stops listening. */
  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    document.removeEventListener('click', this.onClick);
  }

  /**
   * Goes to a URL of the app. `replace` rewrites the current history entry; `announce: false`
   * keeps the focus where it is (search as you type).
   */
  navigate(url: string, { replace = false, announce = true } = {}): void {
    const target = new URL(url, location.href);
    if (replace) history.replaceState(null, '', target);
    else history.pushState(null, '', target);
    this.update(announce);
  }

  private update(announce: boolean): void {
    this.route = parseRoute(location.pathname, location.search);
    this.host.requestUpdate();
    if (announce) this.onNavigate(this.route);
  }

  private readonly onPopState = (): void => this.update(true);

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search);
  };
}
