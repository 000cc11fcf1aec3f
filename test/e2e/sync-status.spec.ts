import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  test,
  expect,
  expectAccessible,
  waitForCatalogue,
  readyWohnsitzDraft,
} from './fixtures.ts';
import { startSubmissionFaultProxy } from '../support/submission-fault-proxy.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

/** `npm run submissions:status -- …` on the test server's database, as the office runs it. */
async function officeSets(dataDir: string, ...args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'src/server/submissions/status-cli.ts', ...args],
    { cwd: ROOT, env },
  );
  return stdout;
}

test('the drafts list shows the documents upload growing while the application is sent', async ({
  page,
  lotse,
}) => {
  const proxy = await startSubmissionFaultProxy(lotse.url);
  try {
    const size = 3_100_000;
    await page.goto(`${proxy.url}/`);
    await waitForCatalogue(page);
    await readyWohnsitzDraft(page, { base: proxy.url, documentBytes: size });
    // The first attempt meets a busy server, so the upload happens while the list is on screen;
    // every chunk's answer then takes 800 ms, as on a slow mobile connection.
    proxy.inject('post', {
      kind: 'status',
      status: 503,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '3' },
    });
    proxy.inject('put', ...Array.from({ length: 4 }, () => ({ kind: 'delay' as const, ms: 800 })));
    await page.getByRole('button', { name: 'Antrag senden' }).click();
    await expect(page.getByText(/Der Antrag wartet auf das Senden/)).toBeVisible();
    await page.goto(`${proxy.url}/`);

    const progress = page.getByRole('progressbar', { name: /^Dokumente werden gesendet: / });
    const sent = page.getByText(/^Gesendet · Eingangsnummer LT-/);
    const seen: { value: number; max: number; label: string }[] = [];
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !(await sent.isVisible())) {
      // evaluateAll reads what is there now and never waits: the bar disappears the moment the
      // item is sent (a `count` then `evaluate` would wait for it until the test times out).
      const readings = await progress.evaluateAll((elements) =>
        (elements as HTMLProgressElement[]).map((element) => ({
          value: element.value,
          max: element.max,
          label: element.labels[0]?.textContent?.trim() ?? '',
        })),
      );
      seen.push(...readings);
      await page.waitForTimeout(100);
    }
    await expect(sent).toBeVisible();

    const values = seen.map((reading) => reading.value);
    console.info(`progress values seen (of ${size}): ${[...new Set(values)].join(', ')}`);
    // What is sent is the document encrypted on the device (compact JWE): 4/3 of its size and a
    // header, so the progress counts those bytes.
    const encrypted = seen[0]!.max;
    expect(encrypted).toBeGreaterThan((size * 4) / 3);
    expect(encrypted).toBeLessThan((size * 4) / 3 + 2000);
    expect(seen.every((reading) => reading.max === encrypted)).toBe(true);
    expect(values.some((value) => value > 0 && value < encrypted)).toBe(true);
    expect(new Set(values).size).toBeGreaterThanOrEqual(2);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    // Sizes in German, both in the unit of the total.
    expect(seen.map((reading) => reading.label)).toContain(
      'Dokumente werden gesendet: 1,0 von 4,1 MB',
    );
    await expect(progress).toHaveCount(0);
    await expect(page.getByText('Stand beim Amt: Eingegangen')).toBeVisible();
  } finally {
    await proxy.stop();
  }
});

test('a status the office sets shows in the drafts list after a reload', async ({
  page,
  lotse,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await readyWohnsitzDraft(page, { base: lotse.url, documentBytes: 40_000 });
  await page.getByRole('button', { name: 'Antrag senden' }).click();
  await expect(
    page.getByRole('heading', { name: 'Ihr Antrag ist beim Amt angekommen' }),
  ).toBeVisible();
  const reference = await page.getByText(/^LT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/).textContent();

  expect(await officeSets(lotse.dataDir, reference!, 'in-progress')).toContain('→ in-progress');
  // The app asks at start (and when online or visible again) for every sent application not
  // asked within the last minutes.
  await page.goto('/');
  await expect(page.getByText('Stand beim Amt: In Bearbeitung')).toBeVisible();
  await expect(page.getByText(`Gesendet · Eingangsnummer ${reference}`)).toBeVisible();
  await expectAccessible(page, 'start page with an office status');
});
