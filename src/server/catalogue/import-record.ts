/**
 * Reads one record of the OZG catalogue export (leistungen.json) into clean values, reporting
 * what it had to skip or drop. One bad record never affects the others.
 */
import { isJunkName, isJunkValue } from './junk.ts';
import type { ImportProblem } from './import-report.ts';

/** The fields of one source record; every one is text or null. */
const SOURCE_FIELDS = [
  'leika_schluessel',
  'leika_bezeichnung',
  'leika_typ',
  'rechtsgrundlage',
  'gesetze',
  'gesetz_kurz',
  'ozg_id',
  'ozg_leistung',
  'lebenslage',
  'themenfeld',
] as const;

type SourceField = (typeof SOURCE_FIELDS)[number];
type SourceTexts = Record<SourceField, string | null>;

/** Marker the catalogue uses for services that have no LeiKa key. */
const NOT_IN_LEIKA = /^nicht im leika$/i;

/** Link suffixes such as " [http://www.gesetze-im-internet.de/zpo/__882g.html]" in legal texts. */
const LINK_SUFFIX = /\s*\[(?:https?:\/\/|www\.)[^\]]*\]/g;

/** Where a service sits in the OZG tree, when the record names all of it. */
export interface Placement {
  /** OZG-Leistung id, digits only ("10513"). */
  ozgId: string;
  /** OZG-Leistung name. */
  leistung: string;
  /** Lebenslage name. */
  lebenslage: string;
  /** Themenfeld name. */
  themenfeld: string;
}

/** One record after cleaning: trimmed, junk dropped, links removed. */
export interface CleanRecord {
  /** 14-digit LeiKa key, or null for "nicht im LeiKa". */
  leikaKey: string | null;
  /** Service name. */
  name: string;
  /** LeiKa type, or null. */
  type: string | null;
  /** Legal basis without link suffixes, or null. */
  legalBasis: string | null;
  /** Law names without link suffixes, or null. */
  laws: string | null;
  /** Short law names, or null. */
  lawsShort: string | null;
  /** OZG placement, or null when the record belongs in the "other" branch. */
  placement: Placement | null;
}

/** Collapses inner whitespace and trims, so names compare and display cleanly. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Short description of an unexpected JSON value for a message. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Cleans one record; returns null (with errors in `problems`) when it must be skipped. */
export function readRecord(
  value: unknown,
  index: number,
  problems: ImportProblem[],
): CleanRecord | null {
  const report = (severity: ImportProblem['severity'], reason: string, field?: SourceField) =>
    problems.push(
      field === undefined ? { index, severity, reason } : { index, severity, reason, field },
    );

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report('error', `record is ${describeValue(value)}, not an object; skipped`);
    return null;
  }
  const texts = readTexts(value as Record<string, unknown>, report);
  if (texts === null) return null;

  const leikaKey = readKey(texts.leika_schluessel, report);
  const name = texts.leika_bezeichnung;
  let valid = leikaKey !== undefined;
  if (name === null) {
    report('error', 'service name is missing; skipped', 'leika_bezeichnung');
    valid = false;
  } else if (isJunkName(name)) {
    report('error', `service name "${name}" looks like test data; skipped`, 'leika_bezeichnung');
    valid = false;
  }
  if (!valid || name === null || leikaKey === undefined) return null;

  const optional = (field: SourceField, text: string | null): string | null => {
    if (text === null || !isJunkValue(text)) return text;
    report('warning', `"${text}" looks like test data; left empty`, field);
    return null;
  };
  const legal = (field: SourceField) => optional(field, emptyToNull(stripLinks(texts[field])));
  return {
    leikaKey,
    name,
    type: optional('leika_typ', texts.leika_typ),
    legalBasis: legal('rechtsgrundlage'),
    laws: legal('gesetze'),
    lawsShort: legal('gesetz_kurz'),
    placement: readPlacement(texts, report),
  };
}

type Report = (severity: ImportProblem['severity'], reason: string, field?: SourceField) => void;

/** Every source field as tidy text or null; null overall (after reporting all) on a wrong type. */
function readTexts(record: Record<string, unknown>, report: Report): SourceTexts | null {
  const texts = {} as SourceTexts;
  let valid = true;
  for (const field of SOURCE_FIELDS) {
    const raw = record[field];
    if (raw === undefined || raw === null) {
      texts[field] = null;
    } else if (typeof raw === 'string') {
      texts[field] = emptyToNull(tidy(raw));
    } else {
      report('error', `expected text or null, got ${describeValue(raw)}; skipped`, field);
      valid = false;
    }
  }
  return valid ? texts : null;
}

/** The LeiKa key, null for "nicht im LeiKa", undefined (reported) when unusable. */
function readKey(key: string | null, report: Report): string | null | undefined {
  if (key === null) {
    report('error', 'LeiKa key is missing; skipped', 'leika_schluessel');
    return undefined;
  }
  if (/^\d{14}$/.test(key)) return key;
  if (NOT_IN_LEIKA.test(key)) return null;
  report(
    'error',
    `LeiKa key "${key}" is neither 14 digits nor "nicht im LeiKa"; skipped`,
    'leika_schluessel',
  );
  return undefined;
}

/** The OZG placement, or null for the "other" branch (reported unless the record names none). */
function readPlacement(texts: SourceTexts, report: Report): Placement | null {
  const { ozg_id: ozgId, ozg_leistung: leistung, lebenslage, themenfeld } = texts;
  if (ozgId === null && leistung === null && lebenslage === null && themenfeld === null)
    return null;
  const moved = 'service placed under "Weitere Leistungen"';
  if (ozgId === null || leistung === null || lebenslage === null || themenfeld === null) {
    const missing = (['ozg_id', 'ozg_leistung', 'lebenslage', 'themenfeld'] as const).find(
      (field) => texts[field] === null,
    );
    report('warning', `OZG placement is incomplete; ${moved}`, missing);
    return null;
  }
  if (!/^\d+$/.test(ozgId)) {
    report('warning', `OZG id "${ozgId}" is not a number; ${moved}`, 'ozg_id');
    return null;
  }
  const names = [
    ['themenfeld', 'Themenfeld', themenfeld],
    ['lebenslage', 'Lebenslage', lebenslage],
    ['ozg_leistung', 'OZG-Leistung', leistung],
  ] as const;
  for (const [field, label, name] of names) {
    if (isJunkName(name)) {
      report('warning', `${label} "${name}" looks like test data; ${moved}`, field);
      return null;
    }
  }
  return { ozgId, leistung, lebenslage, themenfeld };
}

function stripLinks(text: string | null): string | null {
  return text === null ? null : tidy(text.replace(LINK_SUFFIX, ''));
}

function emptyToNull(text: string | null): string | null {
  return text === '' ? null : text;
}
