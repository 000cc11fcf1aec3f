import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from '../../../src/forms/xdf/decode-xml.ts';
import { XdfImportError } from '../../../src/forms/xdf/errors.ts';
import { importXDatenfelder } from '../../../src/forms/xdf/import-xdatenfelder.ts';
import { codes, fieldAt, readFixture, xdf3WithField } from './xdf-helpers.ts';

/** The XdfImportError an import throws (fails the test if it throws something else or nothing). */
function importError(xml: string): XdfImportError {
  try {
    importXDatenfelder(xml);
  } catch (error) {
    if (error instanceof XdfImportError) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

describe('files that cannot be imported', () => {
  it('rejects a file that is not XML, saying so with a position', () => {
    const error = importError(readFixture('not-xml.xml'));
    expect(error.code).toBe('malformed-xml');
    expect(error.message).toMatch(/not well-formed XML: text data outside of root node/);
    expect(error.line).toBeGreaterThan(0);
  });

  it('rejects an empty file', () => {
    expect(importError('').code).toBe('malformed-xml');
  });

  it('rejects a truncated schema with the line and column where it breaks off', () => {
    const error = importError(readFixture('truncated-xdf2.xml'));
    expect(error).toMatchObject({ code: 'malformed-xml', line: 2 });
    expect(error.message).toMatch(/unclosed tag: xdf:datenfeld \(line 2, column \d+\)/);
  });

  it('rejects a data-group message and tells the administrator to export the whole schema', () => {
    const error = importError(readFixture('datenfeldgruppe-message-xdf3.xml'));
    expect(error.code).toBe('wrong-root');
    expect(error.message).toMatch(
      /found <xdf3:xdatenfelder\.datenfeldgruppe\.0103>.*export the Stammdatenschema/,
    );
  });

  it('rejects an HTML page as the wrong root element', () => {
    expect(importError('<html><body>Fehler 404</body></html>')).toMatchObject({
      code: 'wrong-root',
      line: 1,
    });
  });

  it('rejects a schema message in an unknown namespace, naming it', () => {
    const error = importError(readFixture('unknown-namespace.xml'));
    expect(error.code).toBe('unknown-namespace');
    expect(error.message).toContain('urn:example:formulare:v1');
  });

  it('rejects an XDatenfelder version it does not know, naming the supported ones', () => {
    const error = importError(readFixture('unknown-version.xml'));
    expect(error.code).toBe('unknown-version');
    expect(error.message).toMatch(/xdatenfelder_1\.0.*2\.0.*3\.0\.0/);
  });

  it('rejects a 2.0 schema that breaks the standard’s structure with the library’s reason and position', () => {
    const error = importError(readFixture('missing-name-xdf2.xml'));
    expect(error.code).toBe('invalid-schema');
    expect(error.message).toMatch(
      /^Not a valid XDatenfelder 2\.0 schema: Missing <name> \(line \d+, column \d+\)$/,
    );
  });

  it('rejects a 3.0 element without an id', () => {
    const xml = xdf3WithField(codes('input', 'text')).replace(
      '<xdf3:id>F00000000999</xdf3:id>',
      '',
    );
    expect(importError(xml)).toMatchObject({
      code: 'invalid-schema',
      message: expect.stringMatching(/<xdf3:datenfeld> has no <identifikation><id>/) as string,
    });
  });
});

describe('unknown constructs inside a valid schema', () => {
  const { form, report } = importXDatenfelder(readFixture('unknown-codes-xdf2.xml'));
  const noteFor = (id: string) => report.notes.filter((note) => note.elementId === id);

  it('imports an unknown 2.0 datentyp as text with a warning instead of failing', () => {
    expect(fieldAt(form.elements, 'F00000000922')).toMatchObject({
      type: 'text',
      hint: 'max. 100 Zeichen',
    });
    expect(noteFor('F00000000922')).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('unknown datentyp "geo"') as string,
      }),
    );
  });

  it('imports feldart check, which xdatenfelder-xml rejects, as a yes/no question', () => {
    expect(fieldAt(form.elements, 'F00000000921').type).toBe('boolean');
  });

  it('imports an unknown feldart by its datentyp and keeps readable praezisierung values', () => {
    expect(fieldAt(form.elements, 'F00000000923')).toMatchObject({
      type: 'money',
      constraints: { min: 0, max: 10000 },
    });
    expect(noteFor('F00000000923').map((note) => note.message)).toEqual([
      expect.stringContaining('unknown feldart "slider"'),
      expect.stringContaining('praezisierung "step" is not used'),
    ]);
  });

  it('drops no field', () => {
    expect(report.counts.fields).toBe(3);
  });

  it('imports an unknown 3.0 datentyp as text with a warning', () => {
    const result = importXDatenfelder(xdf3WithField(codes('input', 'geokoordinate')));
    expect(fieldAt(result.form.elements, 'F00000000999').type).toBe('text');
    expect(result.report.notes).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('unknown datentyp "geokoordinate"') as string,
      }),
    );
  });

  it('lists elements the 3.0 reader does not know instead of dropping them silently', () => {
    const result = importXDatenfelder(
      xdf3WithField(`${codes('input', 'text')}<xdf3:barrierefreiheit>hoch</xdf3:barrierefreiheit>`),
    );
    expect(result.report.notes).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        message: expect.stringContaining('<xdf3:barrierefreiheit>') as string,
      }),
    );
  });

  it('reports a structure entry with unknown content as an error', () => {
    const xml = xdf3WithField(codes('input', 'text')).replace(
      /<xdf3:datenfeld>[\s\S]*<\/xdf3:datenfeld>/,
      '<xdf3:datenfeldreferenz/>',
    );
    const result = importXDatenfelder(xml);
    expect(result.report.notes).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('<xdf3:datenfeldreferenz>') as string,
      }),
    );
  });
});

describe('reading file bytes', () => {
  it('decodes ISO-8859-1 files by their XML declaration', () => {
    const bytes = Uint8Array.from(
      [...'<?xml version="1.0" encoding="ISO-8859-1"?><a>Stra']
        .map((c) => c.charCodeAt(0))
        .concat([0xdf, 0x65, ...'</a>'.split('').map((c) => c.charCodeAt(0))]),
    );
    expect(decodeXmlBytes(bytes)).toContain('<a>Straße</a>');
  });

  it('decodes UTF-8 with a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>Größe</a>')]);
    expect(decodeXmlBytes(bytes)).toBe('<a>Größe</a>');
  });

  it('rejects bytes that are not valid in the declared encoding', () => {
    expect(() => decodeXmlBytes(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0xfd]))).toThrow(
      /not valid utf-8/,
    );
  });
});
