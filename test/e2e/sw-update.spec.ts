import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startLotseServer, type LotseServer } from '../support/lotse-server.ts';
import { waitForCatalogue, waitForServiceWorker } from './fixtures.ts';

const DIST = resolve(import.meta.dirname, '../../dist');

// This file deploys a new build while a page is open, so it serves its own copy of dist/.
const test = base.extend<object, { deploy: { dir: string; server: LotseServer } }>({
  deploy: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const dir = await mkdtemp(join(tmpdir(), 'lotse-dist-'));
      await cp(DIST, dir, { recursive: true });
      const server = await startLotseServer({ staticDir: dir });
      await use({ dir, server });
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ deploy }, use) => use(deploy.server.url),
});

test('a new app version is offered with a prompt and never reloads the page by itself', async ({
  page,
  deploy,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await waitForServiceWorker(page);
  // Something typed that an unwanted reload would lose.
  await page.getByRole('searchbox').fill('kindergeld');
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));

  const sw = join(deploy.dir, 'sw.js');
  await writeFile(sw, `${await readFile(sw, 'utf8')}\n// next release\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const prompt = page.getByRole('region', { name: /neue Version/ });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(2_000);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
    'still here',
  );
  await expect(page.getByRole('searchbox')).toHaveValue('kindergeld');

  // Only the user's choice activates the new version, which then reloads the page once.
  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Jetzt aktualisieren' }).click(),
  ]);
  expect(
    await page.evaluate(() => (window as unknown as { marker?: string }).marker),
  ).toBeUndefined();
  // The search lives in the URL, so even the chosen reload keeps it.
  await expect(page.getByRole('searchbox')).toHaveValue('kindergeld');
  await expect(page.getByRole('region', { name: /neue Version/ })).toHaveCount(0);
});
