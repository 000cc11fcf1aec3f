/** Splits an expression into tokens; anything outside the small grammar is an error right here. */
import { ExpressionError } from './expression-error.ts';

/** Kinds of token. */
export type TokenKind = 'number' | 'string' | 'name' | 'operator' | 'end';

/** One token and where it starts. */
export interface Token {
  /** Kind. */
  kind: TokenKind;
  /** The text: the operator, the name, the number's digits, the string's decoded content. */
  text: string;
  /** Zero-based start index in the source. */
  position: number;
}

/** Longest expression accepted; authored rules are far shorter, this stops hostile input early. */
export const MAX_SOURCE_LENGTH = 2000;

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '+', '-', '(', ')', ',', '.'];
const NAME = /[A-Za-z][A-Za-z0-9_-]*/y;
const NUMBER = /[0-9]+(?:\.[0-9]+)?/y;
const SPACE = /[ \t\r\n]+/y;

const HINTS: Readonly<Record<string, string>> = {
  '=': 'use == to compare',
  '&': 'use && for "and"',
  '|': 'use || for "or"',
  '[': 'brackets are not allowed; refer to a group field as G1.F2',
  '`': 'template strings are not allowed; use single or double quotes',
  _: 'names start with a letter',
};

/** The tokens of an expression, ending with an 'end' token. Throws ExpressionError. */
export function tokenize(source: string): Token[] {
  if (source.length > MAX_SOURCE_LENGTH) {
    throw new ExpressionError(
      `expression longer than ${MAX_SOURCE_LENGTH} characters`,
      MAX_SOURCE_LENGTH,
      source,
    );
  }
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    const skipped = matchAt(SPACE, source, at);
    if (skipped !== null) {
      at += skipped.length;
      continue;
    }
    const character = source[at]!;
    const name = matchAt(NAME, source, at);
    const number = name === null ? matchAt(NUMBER, source, at) : null;
    if (name !== null) {
      tokens.push({ kind: 'name', text: name, position: at });
      at += name.length;
    } else if (number !== null) {
      tokens.push({ kind: 'number', text: number, position: at });
      at += number.length;
    } else if (character === "'" || character === '"') {
      const [text, end] = readString(source, at);
      tokens.push({ kind: 'string', text, position: at });
      at = end;
    } else {
      const operator = OPERATORS.find((candidate) => source.startsWith(candidate, at));
      if (operator === undefined) throw unexpected(source, at);
      tokens.push({ kind: 'operator', text: operator, position: at });
      at += operator.length;
    }
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}

function matchAt(pattern: RegExp, source: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(source)?.[0] ?? null;
}

/** Reads a quoted string from its opening quote; backslash escapes only the quote and itself. */
function readString(source: string, start: number): [string, number] {
  const quote = source[start]!;
  let text = '';
  let at = start + 1;
  while (at < source.length) {
    const character = source[at]!;
    if (character === quote) return [text, at + 1];
    if (character === '\\') {
      const next = source[at + 1];
      if (next !== quote && next !== '\\') {
        throw new ExpressionError(
          'only \\\\ and the quote itself may follow a backslash',
          at,
          source,
        );
      }
      text += next;
      at += 2;
    } else {
      text += character;
      at += 1;
    }
  }
  throw new ExpressionError('text in quotes is not closed', start, source);
}

function unexpected(source: string, at: number): ExpressionError {
  const character = source[at]!;
  const hint = HINTS[character];
  const shown = JSON.stringify(character);
  return new ExpressionError(
    `unexpected character ${shown}${hint ? ` (${hint})` : ''}`,
    at,
    source,
  );
}
