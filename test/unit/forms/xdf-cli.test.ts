import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  CliUsageError,
  DEFAULT_OUT_DIR,
  parseImportArgs,
} from '../../../src/forms/xdf/cli-args.ts';
import { formatImportReport } from '../../../src/forms/xdf/format-report.ts';
import { importXDatenfelder } from '../../../src/forms/xdf/import-xdatenfelder.ts';
import { serializeForm } from '../../../src/forms/xdf/serialize-form.ts';
import { FIXTURE_DIR, readFixture } from './xdf-helpers.ts';

const run = promisify(execFile);
const blaueKarte = importXDatenfelder(
  readFixture('S00000121-BlaueKarte-xdf2.xml'),
  'S00000121-BlaueKarte-xdf2.xml',
  {
    leikaKeys: ['99010014000000', '99010014001001'],
  },
);

describe('the forms:import command line', () => {
  it('takes a file, an output directory and LeiKa keys', () => {
    expect(parseImportArgs(['a.xml'])).toEqual({
      file: 'a.xml',
      outDir: DEFAULT_OUT_DIR,
      leikaKeys: [],
    });
    expect(
      parseImportArgs(['--out', 'out', 'a.xml', '--leika=99010014000000, 99010014001001']),
    ).toEqual({
      file: 'a.xml',
      outDir: 'out',
      leikaKeys: ['99010014000000', '99010014001001'],
    });
  });

  it('explains a wrong command line with the usage', () => {
    expect(() => parseImportArgs([])).toThrow(CliUsageError);
    expect(() => parseImportArgs(['a.xml', 'b.xml'])).toThrow(/exactly one/);
    expect(() => parseImportArgs(['a.xml', '--leika', '9901'])).toThrow(
      /Not a LeiKa key.*9901[\s\S]*Usage:/,
    );
    expect(() => parseImportArgs(['a.xml', '--out'])).toThrow(/--out needs a value/);
    expect(() => parseImportArgs(['a.xml', '--force'])).toThrow(/Unknown option --force/);
  });

  it('prints counts, LeiKa keys and every note', () => {
    const text = formatImportReport(blaueKarte, 'out/S00000121.json');
    expect(text).toContain(
      'Imported S00000121 "Antrag auf Blaue Karte EU" (XDatenfelder 2.0, version 1.0)',
    );
    expect(text).toContain('71 fields, 23 groups, 3 rules, 4 code lists');
    expect(text).toContain('LeiKa keys: 99010014000000, 99010014001001');
    expect(
      text.split('\n').filter((line) => line.startsWith('  warning') || line.startsWith('  info')),
    ).toHaveLength(blaueKarte.report.notes.length);
    expect(text).toMatch(/Written: out\/S00000121\.json\n$/);
  });

  it('writes form JSON exactly as Prettier formats it', async () => {
    const text = serializeForm(blaueKarte.form);
    expect(await format(text, { parser: 'json', printWidth: 100 })).toBe(text);
    const hund = serializeForm(
      importXDatenfelder(readFixture('S00000000901-Hundesteuer-xdf3.xml')).form,
    );
    expect(await format(hund, { parser: 'json', printWidth: 100 })).toBe(hund);
  });

  it('writes <out>/<id>.json and exits 0, or exits 1 with the reason for a malformed file', async () => {
    const out = await mkdtemp(join(tmpdir(), 'lotse-forms-'));
    try {
      const cli = ['--import', 'tsx', 'src/server/forms/xdf-import-cli.ts'];
      const ok = await run(process.execPath, [
        ...cli,
        `${FIXTURE_DIR}S00000121-BlaueKarte-xdf2.xml`,
        '--out',
        out,
        '--leika',
        '99010014000000,99010014001001',
      ]);
      expect(ok.stdout).toContain('71 fields, 23 groups, 3 rules');
      expect(await readFile(join(out, 'S00000121.json'), 'utf8')).toBe(
        await readFile('src/forms/definitions/S00000121.json', 'utf8'),
      );
      const failed = run(process.execPath, [
        ...cli,
        `${FIXTURE_DIR}truncated-xdf2.xml`,
        '--out',
        out,
      ]);
      await expect(failed).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(
          /cannot import: The file is not well-formed XML: unclosed tag/,
        ) as string,
      });
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
