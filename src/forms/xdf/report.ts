/** The import result and its report: what was imported and everything that did not fit 1:1. */
import type { FormDefinition } from '../model/form-definition.ts';

/** How much a note matters: info = kept with a small change, warning = needs a look, error = unusable. */
export type NoteSeverity = 'info' | 'warning' | 'error';

/** One finding of the import. */
export interface ImportNote {
  /** FIM id of the element (F…, G…, R…, C…) the note is about, if any. */
  elementId?: string;
  /** How much it matters. */
  severity: NoteSeverity;
  /** What happened and what to do (English, for administrators). */
  message: string;
}

/** Summary of one import. */
export interface ImportReport {
  /** The standard the file was read as. */
  standard: 'xdf2' | 'xdf3';
  /** Distinct FIM ids imported (a field reused in several groups counts once). */
  counts: { fields: number; groups: number; rules: number; codeLists: number };
  /** Findings, in document order. */
  notes: ImportNote[];
}

/** A form and its report. */
export interface XdfImportResult {
  /** The imported form definition. */
  form: FormDefinition;
  /** What the import did. */
  report: ImportReport;
}

/** Options of an import. */
export interface XdfImportOptions {
  /** LeiKa keys of the services the form applies for, added to those the schema states. */
  leikaKeys?: string[];
}
