/** A date as typed into the three boxes of `lotse-date-field`; kept as typed, also when partial. */
export interface DateValue {
  /** Day as typed. */
  day: string;
  /** Month as typed. */
  month: string;
  /** Year as typed. */
  year: string;
}

/** One part of a date, for highlighting the part that is wrong. */
export type DatePart = keyof DateValue;

/** A file as `lotse-file-field` shows and emits it. */
export interface FileValue {
  /** File name (".jpg" when a photo was downscaled). */
  name: string;
  /** Media type of the bytes. */
  type: string;
  /** Size of the bytes. */
  size: number;
  /** The bytes; optional when showing a stored file (then there is no thumbnail). */
  blob?: Blob;
}

/** Every value a field element emits: text and numbers as typed, codes, yes/no, dates, files. */
export type FieldValue = string | string[] | boolean | DateValue | FileValue | null;

/** Detail of `lotse-value-change`: the field's whole new value. */
export interface ValueChangeDetail {
  /** The new value (type depends on the element, see README.md). */
  value: FieldValue;
}

/** Detail of `lotse-error-focus`: which field the user wants to correct. */
export interface ErrorFocusDetail {
  /** Id of the field element (in the error summary's document or shadow root). */
  targetId: string;
}

/** Detail of `lotse-remove`: which instance of a repeat list to remove. */
export interface RemoveDetail {
  /** Zero-based index of the instance. */
  index: number;
}

/** Dispatches a bubbling, composed event from a field element. */
export function emit<T>(target: EventTarget, type: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A field's value changed (on every input): save it. */
    'lotse-value-change': CustomEvent<ValueChangeDetail>;
    /** Focus left a field (all of its inputs): the caller may validate it now. */
    'lotse-field-blur': CustomEvent<Record<string, never>>;
    /** An error summary link was chosen; cancel the event to focus the field yourself. */
    'lotse-error-focus': CustomEvent<ErrorFocusDetail>;
    /** A repeat list asks for one more instance. */
    'lotse-add': CustomEvent<Record<string, never>>;
    /** A repeat list asks to remove an instance. */
    'lotse-remove': CustomEvent<RemoveDetail>;
  }
}
