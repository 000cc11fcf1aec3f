/** Collects report notes while mapping. */
import type { ImportNote, NoteSeverity } from './report.ts';

/** An ordered list of report notes with one method per severity. */
export class ImportNotes {
  /** The notes so far, in the order they were found. */
  readonly list: ImportNote[] = [];

  /** Adds a note. */
  add(severity: NoteSeverity, elementId: string | undefined, message: string): void {
    this.list.push(
      elementId === undefined ? { severity, message } : { elementId, severity, message },
    );
  }

  /** Kept with a small, harmless change. */
  info(elementId: string | undefined, message: string): void {
    this.add('info', elementId, message);
  }

  /** Imported, but someone should look at it before publishing. */
  warning(elementId: string | undefined, message: string): void {
    this.add('warning', elementId, message);
  }
}
