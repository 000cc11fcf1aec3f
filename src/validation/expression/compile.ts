/** compileExpression: source text to a checked, reusable syntax tree. */
import type { ExpressionNode, PathNode } from './ast.ts';
import { FUNCTIONS } from './functions.ts';
import { parse } from './parser.ts';

/** An answer reference found in an expression, and how it is used. */
export interface ExpressionReference {
  /** The reference's ids. */
  segments: readonly string[];
  /** Zero-based index in the source. */
  position: number;
  /** 'value' when its value is used; 'aggregate' inside answered(), count() or sum(). */
  use: 'value' | 'aggregate';
  /** The function it is passed to, when aggregated. */
  aggregate?: 'answered' | 'count' | 'sum';
}

/** A parsed expression, ready to evaluate any number of times. */
export interface CompiledExpression {
  /** The source as written. */
  readonly source: string;
  /** The syntax tree. */
  readonly ast: ExpressionNode;
  /** Every answer reference, in source order. */
  readonly references: readonly ExpressionReference[];
}

/** Parses and checks an expression. Throws ExpressionError naming the position. */
export function compileExpression(source: string): CompiledExpression {
  const ast = parse(source);
  const references: ExpressionReference[] = [];
  collect(ast, references, undefined);
  references.sort((a, b) => a.position - b.position);
  return Object.freeze({ source, ast, references: Object.freeze(references) });
}

function collect(
  node: ExpressionNode,
  into: ExpressionReference[],
  aggregate: ExpressionReference['aggregate'],
): void {
  switch (node.type) {
    case 'literal':
      return;
    case 'path':
      into.push(reference(node, aggregate));
      return;
    case 'unary':
      collect(node.operand, into, undefined);
      return;
    case 'binary':
    case 'logical':
      collect(node.left, into, undefined);
      collect(node.right, into, undefined);
      return;
    case 'call': {
      const takesReference = FUNCTIONS[node.name].reference;
      node.args.forEach((arg, index) => {
        const kind =
          takesReference && index === 0
            ? (node.name as ExpressionReference['aggregate'])
            : undefined;
        collect(arg, into, kind);
      });
    }
  }
}

function reference(
  node: PathNode,
  aggregate: ExpressionReference['aggregate'],
): ExpressionReference {
  const { segments, position } = node;
  return aggregate
    ? { segments, position, use: 'aggregate', aggregate }
    : { segments, position, use: 'value' };
}
