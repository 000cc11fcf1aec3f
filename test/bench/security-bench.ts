/**
 * The `security` numbers of `npm run bench` (issue 5, encryption at rest): unlocking a profile
 * key (PBKDF2-SHA-256 600,000 iterations + AES-KW unwrap) and sealing/opening a draft and a
 * photo, with the real src/security code in Node's Web Crypto and, optionally, in Chromium.
 * Runs alone too: `node --import tsx test/bench/security-bench.ts` prints the JSON.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import ts from 'typescript';
import { createProfileKey, unlockProfileKey } from '../../src/security/profile-key.ts';
import type * as ProfileKeyModule from '../../src/security/profile-key.ts';
import type * as SealModule from '../../src/security/seal.ts';
import { openBytes, openJson, sealBytes, sealJson } from '../../src/security/seal.ts';
import { authoredAnswers } from '../support/authored-answers.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { latencyStats, type LatencyStats } from './stats.ts';

const PIN = '482915';
const UNLOCK_RUNS = 5;
const DRAFT_RUNS = 100;
/** A draft seal takes tens of µs, below Chromium's 0.1 ms timer resolution: time 10 at once. */
const DRAFT_BATCH = 10;
const PHOTO_RUNS = 20;
const PHOTO_BYTES = 2 * 1024 * 1024;
/** The page origin for the in-Chromium run: answered by page.route, never by a server. */
const ORIGIN = 'http://localhost';

/** Seal and open timings of one payload. */
export interface SealTimings {
  /** Plaintext size (bytes). */
  bytes: number;
  /** sealJson / sealBytes. */
  sealMs: LatencyStats;
  /** openJson / openBytes. */
  openMs: LatencyStats;
}

/** Samples of one environment, before the statistics. */
interface Samples {
  unlock: number[];
  draft: { bytes: number; seal: number[]; open: number[] };
  photo: { bytes: number; seal: number[]; open: number[] };
}

/** What the security section holds per environment. */
export interface SecurityNumbers {
  /** unlockProfileKey on a 600,000-iteration record (PBKDF2 + AES-KW unwrap). */
  unlockMs: LatencyStats;
  /** A draft save: the authored answers of all four forms as one JSON value. */
  draft: SealTimings;
  /** A 2 MiB photo as a Blob. */
  photo2MiB: SealTimings;
}

/** The `security` section. */
export interface SecurityReport {
  /** Node's Web Crypto (OpenSSL). */
  node: SecurityNumbers;
  /** Chromium's Web Crypto (BoringSSL), in a page; or why it was skipped. */
  chromium: SecurityNumbers | { skipped: string };
  /** How it was measured. */
  note: string;
}

/** The draft every seal/open sample uses (~5.6 KB JSON). */
function benchDraft(): unknown {
  return authoredAnswers(new Date().toISOString().slice(0, 10));
}

/** `runs` samples after `warmUp` untimed calls; each sample is the mean of `batch` calls. */
async function timed(runs: number, warmUp: number, task: () => Promise<unknown>, batch = 1) {
  for (let i = 0; i < warmUp; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    for (let j = 0; j < batch; j++) await task();
    samples.push((performance.now() - started) / batch);
  }
  return samples;
}

function randomBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  // getRandomValues fills at most 65,536 bytes per call.
  for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  return bytes;
}

async function nodeSamples(): Promise<Samples> {
  const { record, key } = await createProfileKey(PIN);
  const unlock = await timed(UNLOCK_RUNS, 1, () => unlockProfileKey(PIN, record));
  const draft = benchDraft();
  const sealedDraft = await sealJson(key, draft, 'drafts/bench');
  const photo = new Blob([randomBytes(PHOTO_BYTES)], { type: 'image/jpeg' });
  const sealedPhoto = await sealBytes(key, photo, 'attachments/bench');
  return {
    unlock,
    draft: {
      bytes: new TextEncoder().encode(JSON.stringify(draft)).byteLength,
      seal: await timed(DRAFT_RUNS, 20, () => sealJson(key, draft, 'drafts/bench'), DRAFT_BATCH),
      open: await timed(
        DRAFT_RUNS,
        20,
        () => openJson(key, sealedDraft, 'drafts/bench'),
        DRAFT_BATCH,
      ),
    },
    photo: {
      bytes: PHOTO_BYTES,
      seal: await timed(PHOTO_RUNS, 2, () => sealBytes(key, photo, 'attachments/bench')),
      open: await timed(PHOTO_RUNS, 2, () => openBytes(key, sealedPhoto, 'attachments/bench')),
    },
  };
}

/** Serves src/security/*.ts to the page, compiled to JavaScript on the fly. */
async function serveSecurityModules(path: string): Promise<string | undefined> {
  if (!/^\/src\/security\/[a-z-]+\.ts$/.test(path)) return undefined;
  const source = await readFile(new URL(`../..${path}`, import.meta.url), 'utf8');
  const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext };
  return ts.transpileModule(source, { compilerOptions: options }).outputText;
}

/** Runs in the page (must not close over anything): the same samples as nodeSamples. */
async function pageSamples(task: {
  pin: string;
  draft: unknown;
  runs: { unlock: number; draft: number; draftBatch: number; photo: number; photoBytes: number };
}): Promise<Samples> {
  const folder = '/src/security/';
  const keys = (await import(`${folder}profile-key.ts`)) as typeof ProfileKeyModule;
  const seal = (await import(`${folder}seal.ts`)) as typeof SealModule;
  const timedInPage = async (
    runs: number,
    warmUp: number,
    fn: () => Promise<unknown>,
    batch = 1,
  ) => {
    for (let i = 0; i < warmUp; i++) await fn();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      for (let j = 0; j < batch; j++) await fn();
      samples.push((performance.now() - started) / batch);
    }
    return samples;
  };
  const { record, key } = await keys.createProfileKey(task.pin);
  const unlock = await timedInPage(task.runs.unlock, 1, () =>
    keys.unlockProfileKey(task.pin, record),
  );
  const bytes = new Uint8Array(task.runs.photoBytes);
  for (let at = 0; at < bytes.length; at += 65_536) {
    crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  }
  const photo = new Blob([bytes], { type: 'image/jpeg' });
  const sealedDraft = await seal.sealJson(key, task.draft, 'drafts/bench');
  const sealedPhoto = await seal.sealBytes(key, photo, 'attachments/bench');
  return {
    unlock,
    draft: {
      bytes: new TextEncoder().encode(JSON.stringify(task.draft)).byteLength,
      seal: await timedInPage(
        task.runs.draft,
        20,
        () => seal.sealJson(key, task.draft, 'drafts/bench'),
        task.runs.draftBatch,
      ),
      open: await timedInPage(
        task.runs.draft,
        20,
        () => seal.openJson(key, sealedDraft, 'drafts/bench'),
        task.runs.draftBatch,
      ),
    },
    photo: {
      bytes: bytes.byteLength,
      seal: await timedInPage(task.runs.photo, 2, () =>
        seal.sealBytes(key, photo, 'attachments/bench'),
      ),
      open: await timedInPage(task.runs.photo, 2, () =>
        seal.openBytes(key, sealedPhoto, 'attachments/bench'),
      ),
    },
  };
}

async function chromiumSamples(): Promise<Samples> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    // tsx compiles with keepNames, which wraps functions in __name(); evaluated code needs it too.
    await context.addInitScript('globalThis.__name ??= (fn) => fn;');
    await context.route(`${ORIGIN}/**`, async (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/') {
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>bench</title>',
        });
      }
      const script = await serveSecurityModules(pathname);
      return script === undefined
        ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({ contentType: 'text/javascript', body: script });
    });
    const page = await context.newPage();
    // localhost is a secure context, so crypto.subtle is there.
    await page.goto(`${ORIGIN}/`);
    return await page.evaluate(pageSamples, {
      pin: PIN,
      draft: benchDraft(),
      runs: {
        unlock: UNLOCK_RUNS,
        draft: DRAFT_RUNS,
        draftBatch: DRAFT_BATCH,
        photo: PHOTO_RUNS,
        photoBytes: PHOTO_BYTES,
      },
    });
  } finally {
    await browser.close();
  }
}

/** latencyStats to 0.001 ms: a draft seal is far below latencyStats' 0.1 ms rounding. */
function fineStats(samples: readonly number[]): LatencyStats {
  const micro = latencyStats(samples.map((ms) => ms * 1000));
  const ms = (us: number) => Math.round(us) / 1000;
  return { count: micro.count, p50: ms(micro.p50), p95: ms(micro.p95), max: ms(micro.max) };
}

function summarise(samples: Samples): SecurityNumbers {
  const timings = ({ bytes, seal, open }: Samples['draft'], stats: typeof latencyStats) => ({
    bytes,
    sealMs: stats(seal),
    openMs: stats(open),
  });
  return {
    unlockMs: latencyStats(samples.unlock),
    draft: timings(samples.draft, fineStats),
    photo2MiB: timings(samples.photo, latencyStats),
  };
}

/** Options of benchSecurity. */
export interface SecurityBenchOptions {
  /** Also measure in Chromium (default true). */
  chromium?: boolean;
  /** Progress lines. */
  log?: (message: string) => void;
}

/** Measures the security section; `chromium: false` keeps it to Node. */
export async function benchSecurity({
  chromium: inChromium = true,
  log = () => undefined,
}: SecurityBenchOptions = {}): Promise<SecurityReport> {
  log('security: unlock and seal/open in Node');
  const node = summarise(await nodeSamples());
  let browserSide: SecurityReport['chromium'] = { skipped: 'not asked for' };
  if (inChromium) {
    log('security: the same in Chromium');
    browserSide = await chromiumSamples().then(summarise, (error: unknown) => ({
      skipped: error instanceof Error ? error.message : String(error),
    }));
  }
  return {
    node,
    chromium: browserSide,
    note:
      `unlockMs: ${UNLOCK_RUNS} timed unlockProfileKey calls (PBKDF2-SHA-256 600,000 + AES-KW ` +
      `unwrap) after 1 untimed. draft: ${DRAFT_RUNS} samples each of sealJson and openJson ` +
      `(each the mean of ${DRAFT_BATCH} calls, after 20 untimed) on the authored answers of ` +
      `all four forms as one JSON value, in ms to 0.001. photo2MiB: ${PHOTO_RUNS} ` +
      `sealBytes (from a Blob) and openBytes of 2 MiB random bytes. Real src/security code; in ` +
      'Chromium compiled with TypeScript and served to a localhost page by page.route.',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchSecurity({ log: (message) => void process.stderr.write(`bench: ${message}\n`) })
    .then((report) => process.stdout.write(`${JSON.stringify(report, null, 2)}\n`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    });
}
