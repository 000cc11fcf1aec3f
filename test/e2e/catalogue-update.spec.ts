import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, waitForCatalogue, searchFor } from './fixtures.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import type { CatalogueDocument } from '../../src/shared/catalogue.ts';

const BUNDLED = new URL('../../src/server/catalogue/catalogue.json', import.meta.url);
const NEW_SERVICE = 'Katalogprobe Neue Leistung';

let proxy: FaultProxy;

test.beforeAll(async ({ lotse }) => {
  proxy = await startFaultProxy(lotse.url);
});
test.afterAll(async () => {
  await proxy.stop();
});

/** The bundled catalogue plus one new service: what an administrator publishes later. */
async function writeNewVersion(): Promise<{ file: string; services: number }> {
  const document = JSON.parse(await readFile(BUNDLED, 'utf8')) as CatalogueDocument;
  const leistungId = document.services[0]!.leistungId;
  document.services.push({
    id: 'x-probe',
    leikaKey: null,
    name: NEW_SERVICE,
    type: null,
    legalBasis: null,
    laws: null,
    lawsShort: null,
    leistungId,
  });
  const file = join(await mkdtemp(join(tmpdir(), 'lotse-cat-')), 'catalogue.json');
  await writeFile(file, JSON.stringify(document));
  return { file, services: document.services.length };
}

async function footerCount(page: Page): Promise<string> {
  return (await page.getByRole('contentinfo').textContent()) ?? '';
}

/** The previous catalogue is whole: its count, browsing and search all still work. */
async function expectOldCatalogueIntact(page: Page, oldFooter: string): Promise<void> {
  await waitForCatalogue(page);
  expect(await footerCount(page)).toBe(oldFooter);
  expect(await searchFor(page, 'wohnsitz anmeldung')).toContain('Wohnsitz Anmeldung');
  await page.getByRole('searchbox').fill('');
  await page.getByRole('link', { name: 'Familie & Kind' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Familie & Kind' })).toBeVisible();
  await page.goto(proxy.url + '/');
  expect(await searchFor(page, NEW_SERVICE)).not.toContain(NEW_SERVICE);
}

test('the first download shows its progress, then the catalogue', async ({ page }) => {
  proxy.fault = { kind: 'slow', pieces: 20 };
  await page.goto(proxy.url + '/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lotse wird eingerichtet' }),
  ).toBeVisible();
  const bar = page.getByRole('progressbar', { name: 'Leistungskatalog wird geladen' });
  await expect(bar).toHaveAttribute('aria-valuetext', /^[1-9]\d?\s%$/);
  await waitForCatalogue(page);
  await expect(bar).toHaveCount(0);
  proxy.fault = { kind: 'none' };
});

test('a broken or corrupted catalogue download leaves the previous catalogue fully usable', async ({
  page,
  lotse,
}) => {
  await page.goto(proxy.url + '/');
  await waitForCatalogue(page);
  const oldFooter = await footerCount(page);
  expect(oldFooter).toMatch(/5\.2\d\d Leistungen/);

  const next = await writeNewVersion();
  await lotse.publish(next.file);

  for (const fault of [{ kind: 'cut', share: 0.5 }, { kind: 'corrupt' }] as const) {
    proxy.fault = fault;
    const before = proxy.catalogueBodies;
    await page.goto(proxy.url + '/');
    await expect
      .poll(() => proxy.catalogueBodies, { message: `${fault.kind} served` })
      .toBe(before + 1);
    await expectOldCatalogueIntact(page, oldFooter);
  }

  // With a healthy connection the new version arrives on the next start, swapped in whole.
  proxy.fault = { kind: 'none' };
  await page.goto(proxy.url + '/');
  await expect(page.getByText('Der Leistungskatalog wurde aktualisiert.')).toBeVisible({
    timeout: 20_000,
  });
  expect(await footerCount(page)).toContain(`${next.services.toLocaleString('de-DE')} Leistungen`);
  expect(await searchFor(page, 'Katalogprobe')).toContain(NEW_SERVICE);
});

test.describe('search code that cannot be loaded', () => {
  // Without a service worker the chunk comes from the network, where the test can cut it.
  test.use({ serviceWorkers: 'block' });

  test('the search says it did not work instead of showing nothing, and the next try finds', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForCatalogue(page);
    const searchCode = /\/assets\/search-[^/]+\.js$/;
    await page.route(searchCode, (route) => route.abort('connectionreset'));
    const box = page.getByRole('searchbox', { name: 'Leistung suchen' });
    await box.fill('Wohngeld');
    await expect(page.locator('lotse-service-search').getByRole('status')).toHaveText(
      'Die Suche hat gerade nicht geklappt. Bitte versuchen Sie es noch einmal oder wählen Sie ein Thema.',
    );
    await page.unroute(searchCode);
    await box.fill('Wohngeld beantragen');
    await expect(
      page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('link').first(),
    ).toBeVisible();
  });
});
