import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import {
  BUNDLED_CATALOGUE,
  publishBundledCatalogue,
  type BundledOutcome,
} from './catalogue/bundled.ts';
import { officeKeysDir, type ServerConfig } from './config.ts';
import { ensureDemoOffice, type DemoOfficeOutcome } from './offices/demo-office.ts';
import { openStorage } from './storage/open-storage.ts';

/** The built app is missing, so there is nothing to serve. */
export class MissingBuildError extends Error {
  override name = 'MissingBuildError';
}

/** A listening server and how to stop it. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8080 (the real port when 0 was asked for). */
  url: string;
  /** What happened to the bundled catalogue at startup. */
  bundled: BundledOutcome;
  /** Whether this start created the demo office (no office existed), and its key file. */
  demoOffice: DemoOfficeOutcome;
  /** Stops accepting requests, lets open ones finish, closes the database. */
  close(): Promise<void>;
}

/** How long close() waits for open requests before cutting connections. */
const CLOSE_GRACE_MS = 5000;

/**
 * Opens storage (resetting it first when asked), publishes the bundled catalogue if new, creates
 * the demo office when there is no office (its private key into `keysDir`), and listens.
 * `bundledCatalogue` defaults to the file shipped next to the server.
 */
export async function startServer(
  config: ServerConfig,
  bundledCatalogue: string = BUNDLED_CATALOGUE,
  keysDir: string = officeKeysDir(),
): Promise<RunningServer> {
  const index = join(config.staticDir, 'index.html');
  if (!existsSync(index)) {
    throw new MissingBuildError(
      `${index} is missing: run "npm run build" first ("npm start" builds it for you)`,
    );
  }
  if (config.resetData && config.storage.kind === 'sqlite') {
    await rm(config.storage.dataDir, { recursive: true, force: true });
  }
  const { db } = await openStorage(config.storage);
  let bundled: BundledOutcome;
  let demoOffice: DemoOfficeOutcome;
  try {
    bundled = await publishBundledCatalogue(db, bundledCatalogue);
    demoOffice = await ensureDemoOffice(db, keysDir);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const app = createApp({
    db,
    staticDir: config.staticDir,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
  });
  const { server, port } = await new Promise<{ server: Server; port: number }>(
    (resolve, reject) => {
      // Without http2 options @hono/node-server creates a plain node:http server.
      const server = serve(
        { fetch: app.fetch, port: config.port, hostname: config.host },
        (info: AddressInfo) => resolve({ server, port: info.port }),
      ) as Server;
      server.once('error', reject);
    },
  ).catch(async (error: unknown) => {
    await db.destroy();
    throw error;
  });

  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    bundled,
    demoOffice,
    async close() {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        timer.unref();
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await db.destroy();
    },
  };
}
