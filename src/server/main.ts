/**
 * Entry point of `npm start` / `npm run serve`: reads the environment, starts the server, and
 * shuts it down cleanly on SIGINT/SIGTERM.
 */
import { readServerConfig } from './config.ts';
import { startServer } from './start.ts';

async function main(): Promise<void> {
  const config = readServerConfig();
  const server = await startServer(config);
  // performance.now() counts from process start, so this includes loading the code.
  const ms = Math.round(performance.now());
  const catalogue = `${server.bundled.published ? 'published' : 'kept'} bundled catalogue ${server.bundled.version.slice(0, 12)}`;
  console.log(`Lotse listening on ${server.url}/ (${catalogue}; ready in ${ms} ms)`);
  if (server.demoOffice.created) {
    console.log(
      `Demo office key created: ${server.demoOffice.file} (a DEMO private key: whoever has this file reads the applications; for real use run "npm run office:keys -- rotate demo --name <office> --out <file>" and keep that file off this server)`,
    );
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Lotse could not start: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.cause !== undefined) console.error(error.cause);
  process.exit(1);
});
