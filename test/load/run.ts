/**
 * `npm run loadtest`: 200 devices × 20 Wohnsitz submissions against the real server process on
 * loopback, first on SQLite, then on PostgreSQL (throwaway schema). Prints one JSON object; exit
 * 1 on errors, duplicates or a stored count that differs from the expected one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from '../bench/stats.ts';
import { probePostgres } from '../support/postgres.ts';
import { postgresDatabase, sqliteDatabase, type LoadDatabase } from './dialects.ts';
import { runDevices, type LoadPlan } from './devices.ts';
import { LoadClient } from './http-client.ts';
import { startServerProcess } from './server-process.ts';
import { fetchLoadOffice } from './submission-factory.ts';

const PLAN: LoadPlan = {
  devices: 200,
  submissionsPerDevice: 20,
  retryShare: 0.05,
  attachmentBytes: 2048,
  deadlineMs: 70_000,
};
/** Keep-alive connections shared by all devices: what a reverse proxy would hold open. */
const MAX_SOCKETS = 64;
const log = (message: string): void => void process.stderr.write(`loadtest: ${message}\n`);

async function runDialect(name: string, open: () => Promise<LoadDatabase>) {
  const expected = PLAN.devices * PLAN.submissionsPerDevice;
  // The API does not need the built app; a one-line index.html satisfies the start check.
  const staticDir = await mkdtemp(join(tmpdir(), 'lotse-load-static-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Lotse</title>\n');
  const database = await open();
  try {
    // Every device comes from 127.0.0.1: the per-address limits are off for this loopback run.
    const server = await startServerProcess({
      ...database.env,
      STATIC_DIR: staticDir,
      LOTSE_RATE_LIMIT: 'off',
    });
    log(`${name}: server at ${server.url}, ${PLAN.devices} devices × ${PLAN.submissionsPerDevice}`);
    const client = new LoadClient(server.url, MAX_SOCKETS);
    const started = performance.now();
    // Encrypted to the demo office the fresh server created, as devices do.
    const office = await fetchLoadOffice(server.url);
    const tally = await runDevices(client, PLAN, office).finally(() => client.close());
    const seconds = (performance.now() - started) / 1000;
    await server.stop();
    const counts = await database.counts();
    log(`${name}: ${tally.completed} submissions in ${seconds.toFixed(1)} s`);
    const ok =
      tally.errors === 0 &&
      counts.duplicateKeys === 0 &&
      counts.stored === expected &&
      counts.received === expected;
    return {
      ok,
      expected,
      completed: tally.completed,
      unstarted: tally.unstarted,
      durationS: round(seconds),
      throughputPerS: round(tally.completed / seconds),
      requestsPerS: round(
        (tally.postMs.length + tally.uploadMs.length + tally.replayMs.length + tally.inProgress) /
          seconds,
      ),
      latencyMs: {
        post: summary(tally.postMs),
        upload: summary(tally.uploadMs),
        replay: summary(tally.replayMs),
      },
      retries: {
        afterAnswer: tally.retriesAfterAnswer,
        inFlight: tally.retriesInFlight,
        replayed: tally.replayed,
        inProgress409: tally.inProgress,
      },
      errors: tally.errors,
      errorSamples: tally.errorSamples,
      duplicates: counts.duplicateKeys,
      stored: counts.stored,
      storedEqualsExpected: counts.stored === expected,
      received: counts.received,
      openIdempotencyKeys: counts.openKeys,
    };
  } finally {
    await database.cleanup();
    await rm(staticDir, { recursive: true, force: true });
  }
}

function summary(samples: number[]) {
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p99: round(percentile(samples, 99)),
    max: round(percentile(samples, 100)),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

async function main(): Promise<void> {
  const sqlite = await runDialect('sqlite', sqliteDatabase);
  const probe = await probePostgres();
  const postgres = probe.available
    ? await runDialect('postgres', postgresDatabase)
    : { skipped: probe.reason };
  const report = {
    plan: { ...PLAN, maxSockets: MAX_SOCKETS, keepAlive: true },
    sqlite,
    postgres,
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
    },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  const failed = [sqlite, postgres].some((result) => 'ok' in result && !result.ok);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
