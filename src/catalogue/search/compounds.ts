/**
 * Splits German compounds ("Bewohnerparkausweis", "Wohnsitzanmeldung") into parts that occur
 * as words of the catalogue itself, so a compound is found by its parts and a query written as
 * one word finds names written as two.
 */
import { MIN_STEM_LENGTH, stemWord } from './stem.ts';

/** Shortest part a compound is split into; shorter ones ("bau", "amt") split too eagerly. */
export const MIN_PART_LENGTH = 4;

/** Unknown modifiers shorter than this are dropped ("bau"); longer ones are kept ("haupt"). */
const MIN_UNKNOWN_MODIFIER_LENGTH = 5;

/** Linking elements (Fugenelemente) that may end a part: "Wohnung|s|geber", "Hund|e|steuer". */
const LINKERS = ['', 's', 'es', 'n', 'en', 'ens', 'e', 'er'] as const;
/**
 * Inside a word only "e" links after a stem ("Anmeld|e|bescheinigung"): the other linkers are
 * endings the stem lost ("hauptwoh|n|sitz" is wrong). At the end of the word any of them may
 * follow a stem, as an inflection ("Personal|auswei|s").
 */
const STEM_LINKERS: ReadonlySet<string> = new Set(['', 'e']);

/** How good a part is: a word as written beats a stem, which beats an unknown modifier. */
const QUALITY = { word: 2, stem: 1, unknown: 0 } as const;

/** One way to cut a word (or the rest of it): its parts and their summed quality. */
interface Cut {
  parts: string[];
  quality: number;
  unknown: number;
}

/** Splits words into vocabulary parts; built once per catalogue. */
export class CompoundSplitter {
  private readonly words: ReadonlySet<string>;
  private readonly stems: ReadonlySet<string>;
  private readonly cache = new Map<string, readonly string[]>();

  /** `words` are the folded words of the catalogue; their stems are known parts too. */
  constructor(words: Iterable<string>) {
    const known = new Set<string>();
    const stems = new Set<string>();
    for (const word of words) {
      if (word.length >= MIN_PART_LENGTH) known.add(word);
      const stem = stemWord(word);
      if (stem.length >= MIN_STEM_LENGTH) stems.add(stem);
    }
    this.words = known;
    this.stems = stems;
  }

  /** Whether a folded word occurs in the catalogue as written. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Catalogue words that end in `head` and are longer: "urkunde" → "geburtsurkunde", … */
  compoundsEndingWith(head: string): string[] {
    const found: string[] = [];
    for (const word of this.words) {
      if (word.length > head.length && word.endsWith(head)) found.push(word);
    }
    return found;
  }

  /**
   * All parts of a folded word, outermost first and then the parts of those parts
   * ("bewohnerparkausweis" → parkausweis, park, ausweis…); [] when it is no compound. Every part
   * is a catalogue word or stem; an unknown first part is allowed before a known head
   * ("baukindergeld" → kindergeld…), because German compounds are head-final.
   */
  split(word: string): readonly string[] {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const parts = this.cut(word);
    const all = [...parts];
    for (const part of parts) {
      for (const inner of this.split(part)) if (!all.includes(inner)) all.push(inner);
    }
    this.cache.set(word, all);
    return all;
  }

  /**
   * The outermost parts of a word ("wohnsitzanmeldung" → wohnsitz, anmeldung), or []. An
   * unknown modifier is kept when it is long enough to mean something ("gaststätten|gewerbe").
   */
  cut(word: string): string[] {
    const cut = this.bestCut(word);
    if (cut === null) return [];
    return cut.parts.filter(
      (part) => this.isKnown(part) || part.length >= MIN_UNKNOWN_MODIFIER_LENGTH,
    );
  }

  private isKnown(part: string): boolean {
    return this.words.has(part) || this.stems.has(part);
  }

  /** best[i] is the best cut of word.slice(i) into known parts (the whole rest counts too). */
  private bestCut(word: string): Cut | null {
    const best = new Array<Cut | null>(word.length + 1).fill(null);
    best[word.length] = { parts: [], quality: 0, unknown: 0 };
    for (let start = word.length - MIN_PART_LENGTH; start >= 0; start -= 1) {
      best[start] = this.cutFrom(word, start, best);
    }
    const whole = best[0];
    if (whole !== null && whole !== undefined && whole.parts.length > 1) return whole;
    return this.withUnknownModifier(word, best);
  }

  private cutFrom(word: string, start: number, best: readonly (Cut | null)[]): Cut | null {
    let chosen: Cut | null = null;
    for (let end = word.length; end - start >= MIN_PART_LENGTH; end -= 1) {
      const rest = best[end];
      if (rest === undefined || rest === null || (start === 0 && end === word.length)) continue;
      const part = this.knownPart(word.slice(start, end), end === word.length);
      if (part === null) continue;
      const cut = {
        parts: [part.text, ...rest.parts],
        quality: part.quality + rest.quality,
        unknown: rest.unknown,
      };
      if (chosen === null || better(cut, chosen)) chosen = cut;
    }
    return chosen;
  }

  /** An unknown modifier of three or more letters in front of known parts. */
  private withUnknownModifier(word: string, best: readonly (Cut | null)[]): Cut | null {
    for (let start = 3; word.length - start >= MIN_PART_LENGTH + 1; start += 1) {
      const rest = best[start];
      if (rest !== undefined && rest !== null) {
        const parts = [word.slice(0, start), ...rest.parts];
        return { parts, quality: rest.quality + QUALITY.unknown, unknown: rest.unknown + 1 };
      }
    }
    return null;
  }

  /** The known word or stem a piece stands for, with its linking element removed. */
  private knownPart(piece: string, last: boolean): { text: string; quality: number } | null {
    let found: { text: string; quality: number } | null = null;
    for (const linker of LINKERS) {
      if (!piece.endsWith(linker)) continue;
      const bare = piece.slice(0, piece.length - linker.length);
      if (bare.length < MIN_PART_LENGTH) continue;
      if (this.words.has(bare)) return { text: bare, quality: QUALITY.word };
      if (found === null && (last || STEM_LINKERS.has(linker)) && this.stems.has(bare)) {
        found = { text: bare, quality: QUALITY.stem };
      }
    }
    return found;
  }
}

/** Fewer unknown parts, then fewer parts, then better parts, then a longer first part. */
function better(candidate: Cut, current: Cut): boolean {
  if (candidate.unknown !== current.unknown) return candidate.unknown < current.unknown;
  if (candidate.parts.length !== current.parts.length) {
    return candidate.parts.length < current.parts.length;
  }
  if (candidate.quality !== current.quality) return candidate.quality > current.quality;
  return (candidate.parts[0]?.length ?? 0) > (current.parts[0]?.length ?? 0);
}
