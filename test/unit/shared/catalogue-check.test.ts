import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CatalogueFormatError,
  parseCatalogueDocument,
} from '../../../src/shared/catalogue-check.ts';
import type { CatalogueDocument } from '../../../src/shared/catalogue.ts';

const COMMITTED = readFileSync(
  new URL('../../../src/server/catalogue/catalogue.json', import.meta.url),
  'utf8',
);

/** A fresh, mutable copy of the committed catalogue. */
function committed(): CatalogueDocument {
  return JSON.parse(COMMITTED) as CatalogueDocument;
}

/** The error parseCatalogueDocument throws for a value (fails the test when it accepts it). */
function rejection(value: unknown): CatalogueFormatError {
  try {
    parseCatalogueDocument(value);
  } catch (error) {
    if (error instanceof CatalogueFormatError) return error;
    throw error;
  }
  throw new Error('the catalogue was accepted');
}

describe('parseCatalogueDocument', () => {
  it('accepts the committed catalogue and returns it unchanged', () => {
    const document = committed();
    expect(parseCatalogueDocument(document)).toBe(document);
  });

  it('checks 5,000 services fast enough for a low-end phone', () => {
    const document = committed();
    const start = performance.now();
    for (let i = 0; i < 10; i++) parseCatalogueDocument(document);
    expect((performance.now() - start) / 10).toBeLessThan(50);
  });

  it('rejects a document of another format version', () => {
    const error = rejection({ ...committed(), format: 2 });
    expect(error.reason).toBe('format');
    expect(error.message).toContain('format 2');
  });

  it('rejects values that are not a catalogue at all', () => {
    expect(rejection(null).reason).toBe('shape');
    expect(rejection([]).reason).toBe('shape');
    expect(rejection({ format: 1, source: 'x', groups: [] }).message).toContain(
      'services are not a list',
    );
  });

  it('rejects a service cut off in the middle and names it', () => {
    const document = committed();
    const last = document.services.at(-1)!;
    document.services[document.services.length - 1] = {
      id: last.id,
      name: last.name,
    } as typeof last;
    const error = rejection(document);
    expect(error.reason).toBe('shape');
    expect(error.message).toContain(`services[${document.services.length - 1}] (${last.id})`);
  });

  it('rejects a service whose OZG-Leistung is missing', () => {
    const document = committed();
    document.services[3]!.leistungId = 'ozg-99999';
    const error = rejection(document);
    expect(error.reason).toBe('reference');
    expect(error.message).toContain('ozg-99999');
  });

  it('rejects a service filed under a Lebenslage instead of an OZG-Leistung', () => {
    const document = committed();
    document.services[0]!.leistungId = 'll-wohnen-umzug';
    expect(rejection(document).reason).toBe('reference');
  });

  it('rejects a group whose parent is missing, of the wrong kind, or listed after it', () => {
    const missing = committed();
    missing.groups = missing.groups.filter((group) => group.id !== 'tf-bauen-wohnen');
    expect(rejection(missing).message).toContain('parent tf-bauen-wohnen is not listed before it');

    const wrongKind = committed();
    wrongKind.groups.find((group) => group.id === 'ozg-10336')!.parentId = 'tf-bauen-wohnen';
    expect(rejection(wrongKind).message).toContain('expected a lebenslage');

    const reversed = committed();
    reversed.groups.reverse();
    expect(rejection(reversed).reason).toBe('reference');
  });

  it('rejects duplicate service and group ids', () => {
    const services = committed();
    services.services.push({ ...services.services[0]! });
    expect(rejection(services).reason).toBe('duplicate');

    const groups = committed();
    groups.groups.push({ ...groups.groups.at(-1)! });
    expect(rejection(groups).reason).toBe('duplicate');
  });

  it('rejects a malformed LeiKa key', () => {
    const document = committed();
    document.services.find((service) => service.leikaKey !== null)!.leikaKey = '3233';
    expect(rejection(document).message).toContain('leikaKey is neither 14 digits nor null');
  });
});
