/**
 * The Lotse form model: a typed, versioned form definition derived from FIM XDatenfelder
 * (2.0 and 3.0) or authored in the same shape. Plain data, safe in page, worker and server.
 * FIM ids (F… fields, G… groups, R… rules, S… schemas) are kept so harmonised fields can be
 * recognised across forms (prefill) and the office receives what FIM describes.
 */

/** Format number of form definition documents; bumped on incompatible changes. */
export const FORM_FORMAT = 1;

/** How often an element may or must occur: XDatenfelder `anzahl` "min:max" (max null = unbounded). */
export interface Occurs {
  /** 0 = optional, 1 = required (for groups: the minimum number of instances). */
  min: number;
  /** 1 = single, n = up to n instances (a repeatable group or field), null = no limit. */
  max: number | null;
}

/** Kinds of input a field asks for. */
export type FieldType =
  | 'text' // single line
  | 'textarea' // several lines
  | 'integer'
  | 'number' // decimal, German or international notation
  | 'money' // euro amount, two decimals
  | 'date' // GOV.UK day / month / year inputs
  | 'boolean' // yes / no radios
  | 'select' // one code from a code list, as a dropdown (long lists)
  | 'radio' // one code from a code list, as radios (short lists)
  | 'checkboxes' // several codes from a code list
  | 'file' // document photo or file
  | 'info'; // information text, no input

/** Named validators with check digits or formats (see src/validation/). */
export type ValidatorName = 'iban' | 'steuerId' | 'plz' | 'idCardNumber' | 'email' | 'phone';

/** Limits a field's value must respect (XDatenfelder `praezisierung` and more). */
export interface FieldConstraints {
  /** Minimum number of characters. */
  minLength?: number;
  /** Maximum number of characters. */
  maxLength?: number;
  /** Smallest number, or earliest date as YYYY-MM-DD, or a relative date like "today" / "today-18y". */
  min?: number | string;
  /** Largest number, or latest date (same forms as min). */
  max?: number | string;
  /** Regular expression the whole text must match (ECMAScript syntax, no flags). */
  pattern?: string;
  /** A named validator. */
  validator?: ValidatorName;
  /** Accepted media types for files (e.g. "image/*", "application/pdf"). */
  accept?: string[];
  /** Largest file in bytes. */
  maxBytes?: number;
}

/** One entry of a code list. */
export interface CodeListEntry {
  /** The code sent to the office. */
  code: string;
  /** The label shown (German). */
  label: string;
}

/** A code list: inline values, or a reference to a published genericode list with its values. */
export interface CodeList {
  /** Id within the form (e.g. "C00000008" or the canonical URN). */
  id: string;
  /** genericode canonical identification, e.g. urn:de:xoev:codeliste:erreichbarkeit. */
  canonicalUri?: string;
  /** Version of the published list, if known. */
  version?: string;
  /** The entries; empty when the list is only referenced and not available offline. */
  entries: CodeListEntry[];
}

/** What every element of a form has. */
interface ElementBase {
  /** Id unique within the form; the FIM id (F…/G…) where there is one. */
  id: string;
  /** FIM version of the element, if imported. */
  fimVersion?: string;
  /** The question or group heading (German), as shown to the citizen. */
  label: string;
  /** Plain-language help for this question, shown next to it. */
  help?: string;
  /** How often the element occurs. */
  occurs: Occurs;
  /** Expression (src/validation/ syntax): the element is shown and asked only when true. */
  relevantWhen?: string;
  /** Expression: the element must be answered when true (in addition to occurs.min). */
  requiredWhen?: string;
}

/** A question. */
export interface FieldElement extends ElementBase {
  /** Discriminator. */
  kind: 'field';
  /** Kind of input. */
  type: FieldType;
  /** Limits on the value. */
  constraints?: FieldConstraints;
  /** Code list id for select, radio and checkboxes. */
  codeListId?: string;
  /** Profile key whose saved value fills this field (e.g. "person.familienname"). */
  prefill?: string;
  /** Hint shown inside or below the input (e.g. an example value). */
  hint?: string;
}

/** A group of questions; repeatable when occurs.max ≠ 1 (e.g. household members). */
export interface GroupElement extends ElementBase {
  /** Discriminator. */
  kind: 'group';
  /** Fields and groups, in order. */
  children: FormElement[];
  /** Label for one instance of a repeatable group, e.g. "Person". */
  itemLabel?: string;
}

/** A field or a group. */
export type FormElement = FieldElement | GroupElement;

/** A rule across fields (XDatenfelder R…). */
export interface FormRule {
  /** Id; the FIM id (R…) where there is one. */
  id: string;
  /** The rule as published (free text in XDatenfelder). */
  description: string;
  /** Expression that must be true for valid answers; absent when only a shown hint. */
  check?: string;
  /** Ids of the elements the rule's message belongs to. */
  targets: string[];
  /** Message shown when the check fails (German); an i18n key is derived from the id. */
  message?: string;
}

/** A whole form. */
export interface FormDefinition {
  /** Always FORM_FORMAT. */
  format: typeof FORM_FORMAT;
  /** Id: the FIM schema id (S…) or a Lotse id ("lotse-wohnsitz-anmeldung"). */
  id: string;
  /** Version of this definition (FIM version or our own). */
  version: string;
  /** Title (German). */
  title: string;
  /** Short plain-language introduction. */
  description?: string;
  /** LeiKa keys of the services this form applies for. */
  leikaKeys: string[];
  /** Where the definition came from. */
  source: {
    standard: 'xdf2' | 'xdf3' | 'lotse';
    file?: string;
    fimId?: string;
    fimVersion?: string;
  };
  /** Code lists by id. */
  codeLists: Record<string, CodeList>;
  /** The top-level elements; in guided mode each top-level element is one step. */
  elements: FormElement[];
  /** Rules across fields. */
  rules: FormRule[];
}

/** A date as typed in three boxes; kept as typed so partial input survives and gets a clear error. */
export interface DateParts {
  /** Day as typed. */
  day: string;
  /** Month as typed. */
  month: string;
  /** Year as typed. */
  year: string;
}

/** A stored document or photo (the bytes live in the attachments store). */
export interface FileAnswer {
  /** Id of the attachment on this device. */
  attachmentId: string;
  /** File name. */
  name: string;
  /** Media type. */
  type: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

/** The answer to one field: text and numbers as typed (strings), yes/no, codes, dates, files. */
export type AnswerValue = string | boolean | string[] | DateParts | FileAnswer | null;

/**
 * Answers of a form or of one group instance, by element id. A group's answers are an array of
 * instances (also for non-repeatable groups: one instance), so paths are uniform:
 * `G1[0].F2`.
 */
export interface Answers {
  [elementId: string]: AnswerValue | Answers[] | undefined;
}
