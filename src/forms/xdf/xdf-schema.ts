/**
 * The version-neutral shape both readers (2.0 via xdatenfelder-xml, 3.0 via our own tree reader)
 * produce, so one mapper turns either into a Lotse form. Values stay as written in the file;
 * interpreting them (and reporting what does not fit) is the mapper's job.
 */
import type { ImportNote } from './report.ts';

/** What fields, groups, the schema and rules have in common. */
export interface XdfCommon {
  /** FIM id (F…, G…, S…, R…). */
  id: string;
  /** FIM version. */
  version?: string;
  /** Technical name. */
  name?: string;
  /** Label for input (bezeichnungEingabe / bezeichnung). */
  label?: string;
  /** Help for input (hilfetextEingabe / hilfetext). */
  help?: string;
  /** Keys into XdfSchema.rules ("id:version") of the rules attached here, in order. */
  ruleIds: string[];
}

/** A data field (Datenfeld). */
export interface XdfField extends XdfCommon {
  /** Discriminator. */
  kind: 'field';
  /** Code of feldart as written (input, select, label, check, hidden, locked, …). */
  feldart: string;
  /** Code of datentyp as written (text, date, bool, num, …). */
  datentyp: string;
  /** praezisierung values by key as written (minLength, maxLength, minValue, maxValue, pattern, …). */
  constraints: Record<string, string>;
  /** praezisierung text that is not machine-readable. */
  constraintsText?: string;
  /** inhalt: the text of a label field, or a default value. */
  content?: string;
  /** Referenced genericode code list. */
  codeList?: XdfCodeListRef;
  /** Inline values (XDatenfelder 3.0 `werte`). */
  values: { code: string; label: string; help?: string }[];
  /** Accepted media types (3.0 `mediaType`). */
  mediaTypes: string[];
  /** Largest file in kilobytes (3.0 `maxSize`). */
  maxSizeKb?: number;
}

/** A reference to a published code list. */
export interface XdfCodeListRef {
  /** Id of the reference in the schema (2.0: C…), if any. */
  id?: string;
  /** genericode canonicalIdentification. */
  canonicalUri: string;
  /** genericode version. */
  version?: string;
  /** genericode canonicalVersionUri. */
  canonicalVersionUri?: string;
}

/** A data field group (Datenfeldgruppe). */
export interface XdfGroup extends XdfCommon {
  /** Discriminator. */
  kind: 'group';
  /** Group kind code (3.0 `art`), e.g. "X" for a choice group. */
  art?: string;
  /** Contained elements. */
  children: XdfChild[];
}

/** A field or group. */
export type XdfElement = XdfField | XdfGroup;

/** One `struktur` entry: an element and how often it occurs there. */
export interface XdfChild {
  /** anzahl as written, "min:max". */
  anzahl: string;
  /** The element. */
  element: XdfElement;
}

/** A rule (Regel). */
export interface XdfRule {
  /** FIM id (R…). */
  id: string;
  /** FIM version. */
  version?: string;
  /** Name. */
  name?: string;
  /** The rule in words (2.0 definition, 3.0 freitextRegel), falling back to its description. */
  text?: string;
  /** A script, if the file carries one (not executed by Lotse). */
  script?: string;
}

/** A whole master data schema (Stammdatenschema). */
export interface XdfSchema extends XdfCommon {
  /** Which standard it was read from. */
  standard: 'xdf2' | 'xdf3';
  /** Top-level elements. */
  children: XdfChild[];
  /** All rules by "id:version". */
  rules: Record<string, XdfRule>;
  /** LeiKa keys stated in the schema itself. */
  leikaKeys: string[];
  /** Things the reader noticed but could not keep (unused elements, normalised codes). */
  readerNotes: ImportNote[];
}
