import type { Browser, Request } from 'playwright';
import { groupOf, sizeOf, type JsFile, type JsGroup } from './gzip-size.ts';
import { reachableModules } from './module-graph.ts';

/** JavaScript loaded for the first screen, split by where it runs. */
export interface FirstScreenJs {
  /** Main thread: the entry, its chunks, lazily imported chunks, inline scripts. */
  page: JsGroup;
  /** The Web Worker script and the modules it imports. */
  worker: JsGroup;
  /** The service worker script (installed in the background after load). */
  serviceWorker: JsGroup;
  /** Milliseconds from navigation until the start page listed the catalogue. */
  renderedMs: number;
}

/** The link the start page shows once the catalogue is stored. */
export const CATALOGUE_LINK = 'Bauen & Wohnen';

/** The same link in any UI language. */
export const CATALOGUE_LINK_SELECTOR = 'a[href="/browse/tf-bauen-wohnen"]';

/** Raised when the first screen does not finish rendering. */
export class FirstScreenError extends Error {
  override name = 'FirstScreenError';
}

const JS_PATH = /\.m?js$/;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * Opens `baseUrl` in a fresh context (first visit), waits until the start page shows the
 * catalogue and the network is idle, and sizes every script it loaded. Bodies are fetched again
 * from the server, so the sizes are those of the files served, gzipped at level 9.
 */
export async function measureFirstScreenJs(
  browser: Browser,
  baseUrl: string,
  locale = 'de-DE',
): Promise<FirstScreenJs> {
  const context = await browser.newContext({ serviceWorkers: 'allow', locale });
  try {
    const pageScripts = new Set<string>();
    const swScripts = new Set<string>();
    context.on('request', (request) => {
      // The service worker's own fetches (precaching) are not code it runs: only its scripts count.
      if (request.serviceWorker()) {
        if (request.resourceType() === 'script') swScripts.add(request.url());
      } else if (isScript(request)) {
        pageScripts.add(request.url());
      }
    });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${baseUrl}/`);
    // The Themenfeld link by its address: its name is translated in other languages.
    await page
      .locator(CATALOGUE_LINK_SELECTOR)
      .waitFor({ timeout: 60_000 })
      .catch((error: unknown) => {
        throw new FirstScreenError(
          `the start page never showed the Themenfeld "${CATALOGUE_LINK}"`,
          {
            cause: error,
          },
        );
      });
    const renderedMs = Date.now() - started;
    await page.waitForLoadState('networkidle');
    if (context.serviceWorkers().length === 0) {
      await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
    }
    for (const worker of context.serviceWorkers()) swScripts.add(worker.url());

    const sources = new SourceCache();
    const workerRoots = page.workers().map((worker) => worker.url());
    const workerUrls = await reachableModules(workerRoots, pageScripts, (url) => sources.text(url));
    const mainUrls = [...pageScripts].filter((url) => !workerUrls.has(url));
    const inline = inlineScripts(await sources.text(page.url()));
    return {
      page: groupOf([...(await sources.sizes(mainUrls)), ...inline]),
      worker: groupOf(await sources.sizes([...workerUrls])),
      serviceWorker: groupOf(await sources.sizes([...swScripts])),
      renderedMs,
    };
  } finally {
    await context.close();
  }
}

function isScript(request: Request): boolean {
  return request.resourceType() === 'script' || JS_PATH.test(new URL(request.url()).pathname);
}

function inlineScripts(html: string): JsFile[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .map((match) => match[1]?.trim() ?? '')
    .filter((body) => body.length > 0)
    .map((body, index) => sizeOf(`inline script #${index + 1}`, new TextEncoder().encode(body)));
}

/** Fetches each URL once; the server hands out the same bytes the browser got. */
class SourceCache {
  private readonly bodies = new Map<string, Promise<Uint8Array>>();

  body(url: string): Promise<Uint8Array> {
    let body = this.bodies.get(url);
    if (!body) {
      body = fetch(url).then(async (response) => {
        if (!response.ok) throw new FirstScreenError(`${url} answered ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      });
      this.bodies.set(url, body);
    }
    return body;
  }

  async text(url: string): Promise<string> {
    return new TextDecoder().decode(await this.body(url));
  }

  /** Sizes of the bodies, named by path so reports do not depend on the port. */
  sizes(urls: string[]): Promise<JsFile[]> {
    return Promise.all(
      urls.map(async (url) => sizeOf(new URL(url).pathname, await this.body(url))),
    );
  }
}
