/** Paths of answers: 'F3', 'G1[0].F2', 'G1[0].G4[2].F5' (and 'G1' for a group itself). */

/** One step of a path. */
export interface PathStep {
  /** Element id. */
  id: string;
  /** Instance index; present on every step but the last. */
  index?: number;
}

/** The path does not have the form 'G1[0].F2'. */
export class ElementPathError extends Error {
  override name = 'ElementPathError';
}

const STEP = /^([A-Za-z][A-Za-z0-9_-]*)(?:\[(0|[1-9][0-9]{0,5})\])?$/;

/** Splits a path into steps. Throws ElementPathError. */
export function parseElementPath(path: string): PathStep[] {
  const parts = path.split('.');
  return parts.map((part, position) => {
    const match = STEP.exec(part);
    const last = position === parts.length - 1;
    if (!match || (match[2] === undefined) !== last) {
      throw new ElementPathError(`not an element path: "${path}" (expected e.g. F3 or G1[0].F2)`);
    }
    return match[2] === undefined ? { id: match[1]! } : { id: match[1]!, index: Number(match[2]) };
  });
}
