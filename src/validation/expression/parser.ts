/**
 * Recursive-descent parser from tokens to the syntax tree. Grammar (EBNF) in
 * src/validation/README.md. Depth and length are limited so hostile input ends in an
 * ExpressionError, never in a stack overflow.
 */
import type { BinaryOperator, ExpressionNode, PathNode } from './ast.ts';
import { ExpressionError } from './expression-error.ts';
import { FUNCTIONS, isFunctionName } from './functions.ts';
import { tokenize, type Token } from './tokenizer.ts';

/** Deepest nesting of parentheses, calls and prefix operators. */
export const MAX_DEPTH = 32;

/** Names that would reach into JavaScript objects in a naive evaluator; never allowed as ids. */
const RESERVED = new Set(['constructor', 'prototype', '__proto__']);
const EQUALITY = new Set(['==', '!=']);
const RELATIONAL = new Set(['<', '<=', '>', '>=']);

/** Parses an expression into its syntax tree. Throws ExpressionError. */
export function parse(source: string): ExpressionNode {
  return new Parser(source).parseAll();
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
  }

  parseAll(): ExpressionNode {
    if (this.peek().kind === 'end') throw this.error('the expression is empty', this.peek());
    const node = this.expression();
    const rest = this.peek();
    if (rest.kind !== 'end')
      throw this.error(`expected an operator, found ${describe(rest)}`, rest);
    return node;
  }

  private expression(): ExpressionNode {
    this.enter();
    const node = this.logical('||', () => this.logical('&&', () => this.equality()));
    this.depth -= 1;
    return node;
  }

  private logical(operator: '&&' | '||', operand: () => ExpressionNode): ExpressionNode {
    let left = operand();
    while (this.isOperator(operator)) {
      const token = this.next();
      left = { type: 'logical', operator, left, right: operand(), position: token.position };
    }
    return left;
  }

  private equality(): ExpressionNode {
    return this.comparison(EQUALITY, () => this.comparison(RELATIONAL, () => this.additive()));
  }

  /** Comparisons do not chain: `a < b < c` is an error, not a surprise. */
  private comparison(
    operators: ReadonlySet<string>,
    operand: () => ExpressionNode,
  ): ExpressionNode {
    const left = operand();
    if (!this.isOperatorIn(operators)) return left;
    const token = this.next();
    const right = operand();
    if (this.isOperatorIn(operators)) {
      throw this.error('comparisons cannot be chained; join them with && or ||', this.peek());
    }
    const operator = token.text as BinaryOperator;
    return { type: 'binary', operator, left, right, position: token.position };
  }

  private additive(): ExpressionNode {
    let left = this.unary();
    while (this.isOperator('+') || this.isOperator('-')) {
      const token = this.next();
      const operator = token.text as '+' | '-';
      left = { type: 'binary', operator, left, right: this.unary(), position: token.position };
    }
    return left;
  }

  private unary(): ExpressionNode {
    if (!this.isOperator('!') && !this.isOperator('-')) return this.primary();
    const token = this.next();
    this.enter();
    const operand = this.unary();
    this.depth -= 1;
    const operator = token.text as '!' | '-';
    return { type: 'unary', operator, operand, position: token.position };
  }

  private primary(): ExpressionNode {
    const token = this.next();
    if (token.kind === 'number') {
      return { type: 'literal', value: Number(token.text), position: token.position };
    }
    if (token.kind === 'string')
      return { type: 'literal', value: token.text, position: token.position };
    if (token.kind === 'name') return this.named(token);
    if (token.kind === 'operator' && token.text === '(') {
      const inner = this.expression();
      this.expect(')', 'a closing parenthesis');
      return inner;
    }
    throw this.error(`expected a value, found ${describe(token)}`, token);
  }

  private named(token: Token): ExpressionNode {
    const { text, position } = token;
    if (text === 'true' || text === 'false')
      return { type: 'literal', value: text === 'true', position };
    if (text === 'null') return { type: 'literal', value: null, position };
    if (this.isOperator('(')) return this.call(token);
    const segments = [this.checkedId(token)];
    while (this.isOperator('.')) {
      this.next();
      const part = this.next();
      if (part.kind !== 'name')
        throw this.error(`expected an element id after ".", found ${describe(part)}`, part);
      segments.push(this.checkedId(part));
    }
    if (this.isOperator('(')) {
      throw this.error(`unknown function "${segments.join('.')}"`, token);
    }
    const path: PathNode = { type: 'path', segments, position };
    return path;
  }

  private call(token: Token): ExpressionNode {
    const name = token.text;
    if (!isFunctionName(name)) throw this.error(`unknown function "${name}"`, token);
    const signature = FUNCTIONS[name];
    this.next(); // (
    this.enter();
    const args: ExpressionNode[] = [];
    if (!this.isOperator(')')) {
      do {
        if (args.length > 0) this.next(); // ,
        args.push(this.expression());
      } while (this.isOperator(','));
    }
    this.expect(')', 'a closing parenthesis or a comma');
    this.depth -= 1;
    if (args.length < signature.min || args.length > signature.max) {
      throw this.error(`wrong number of arguments; write ${signature.usage}`, token);
    }
    if (signature.reference && args[0]?.type !== 'path') {
      throw this.error(`${name}() needs an element id; write ${signature.usage}`, token);
    }
    return { type: 'call', name, args, position: token.position };
  }

  private checkedId(token: Token): string {
    if (RESERVED.has(token.text)) throw this.error(`unknown field "${token.text}"`, token);
    if (token.text === 'true' || token.text === 'false' || token.text === 'null') {
      throw this.error(`"${token.text}" is not an element id`, token);
    }
    return token.text;
  }

  private enter(): void {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) {
      throw this.error(`nested deeper than ${MAX_DEPTH} levels`, this.peek());
    }
  }

  private expect(operator: string, what: string): void {
    const token = this.next();
    if (token.kind !== 'operator' || token.text !== operator) {
      throw this.error(`expected ${what}, found ${describe(token)}`, token);
    }
  }

  private isOperator(text: string): boolean {
    const token = this.peek();
    return token.kind === 'operator' && token.text === text;
  }

  private isOperatorIn(operators: ReadonlySet<string>): boolean {
    const token = this.peek();
    return token.kind === 'operator' && operators.has(token.text);
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const token = this.tokens[this.index]!;
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private error(reason: string, token: Token): ExpressionError {
    return new ExpressionError(reason, token.position, this.source);
  }
}

function describe(token: Token): string {
  if (token.kind === 'end') return 'the end';
  if (token.kind === 'string') return 'a text in quotes';
  return `"${token.text}"`;
}
