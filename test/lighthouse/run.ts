import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { withRunningApp } from '../size/with-app.ts';
import { freePort } from './free-port.ts';
import { catalogueDownload, CATEGORIES, summarize } from './summarize.ts';

const REPORT_DIR = resolve(import.meta.dirname, '../../test-results/lighthouse');

/** Raised when Lighthouse returns no result. */
class LighthouseError extends Error {
  override name = 'LighthouseError';
}

async function main(): Promise<void> {
  const port = await freePort();
  const launch = chromiumLaunchOptions();
  const options = { ...launch, args: [...(launch.args ?? []), `--remote-debugging-port=${port}`] };
  const { url, lhr, html } = await withRunningApp(async ({ server }) => {
    const target = `${server.url}/`;
    process.stderr.write(`lighthouse: ${target} (mobile, fresh profile: a first visit)\n`);
    const result = await lighthouse(target, {
      port,
      logLevel: 'error',
      output: 'html',
      formFactor: 'mobile',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new LighthouseError('Lighthouse returned no result');
    const report = Array.isArray(result.report) ? result.report.join('') : result.report;
    return { url: target, lhr: result.lhr, html: report };
  }, options);
  await mkdir(REPORT_DIR, { recursive: true });
  await writeFile(join(REPORT_DIR, 'report.html'), html);
  await writeFile(join(REPORT_DIR, 'report.json'), JSON.stringify(lhr));
  const summary = {
    url,
    lighthouse: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
    measures:
      'a first visit: fresh profile, storage cleared, so the catalogue download is included',
    catalogueDownload: catalogueDownload(lhr),
    ...summarize(lhr),
    report: join(REPORT_DIR, 'report.html'),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
