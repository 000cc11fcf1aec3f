import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogueDocument } from '../../../src/shared/catalogue-check.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'src/server/catalogue/import-cli.ts');
const work = mkdtempSync(join(tmpdir(), 'lotse-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI the way `npm run catalogue:import` does. */
function runCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      { cwd: ROOT },
      (error, stdout, stderr) => {
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
      },
    );
  });
}

function writeInput(name: string, text: string): string {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

describe('npm run catalogue:import', () => {
  it('writes the catalogue and reports skipped records, exiting 0', async () => {
    const input = writeInput(
      'small.json',
      JSON.stringify([
        {
          leika_schluessel: '99115005104000',
          leika_bezeichnung: 'Wohnsitz Anmeldung',
          ozg_id: null,
        },
        { leika_schluessel: '3233', leika_bezeichnung: 'Test 4' },
      ]),
    );
    const out = join(work, 'out', 'catalogue.json');
    const run = await runCli(input, '--out', out, '--source', 'Testdaten');

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 records: 1 services imported, 1 skipped');
    expect(run.stdout).toContain('#1 leika_schluessel: LeiKa key "3233" is neither 14 digits');
    const written = parseCatalogueDocument(JSON.parse(readFileSync(out, 'utf8')));
    expect(written.source).toBe('Testdaten');
    expect(written.services.map((service) => service.name)).toEqual(['Wohnsitz Anmeldung']);
  });

  it('exits 1 and names the file when it does not exist', async () => {
    const run = await runCli(join(work, 'missing.json'), '--out', join(work, 'never.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.json: file not found');
  });

  it('exits 1 and points at the line and column of broken JSON', async () => {
    const input = writeInput('broken.json', '[\n  {"leika_schluessel": "1",}\n]');
    const run = await runCli(input, '--out', join(work, 'never.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/broken\.json is not valid JSON at line 2, column \d+/);
  });

  it('exits 1 when the file is JSON but not a list of services', async () => {
    const input = writeInput('object.json', '{"services": []}');
    const run = await runCli(input, '--out', join(work, 'never.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'must contain a JSON array of services, but it contains an object',
    );
  });

  it('exits 1 with usage help when no file is given', async () => {
    const run = await runCli();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Usage: npm run catalogue:import');
  });
});
