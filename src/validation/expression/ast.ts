/** The syntax tree of an expression: plain data, produced by the parser, read by the evaluator. */

/** Functions the language offers. */
export type FunctionName =
  'answered' | 'count' | 'len' | 'today' | 'age' | 'years' | 'includes' | 'in' | 'sum';

/** Comparison and arithmetic operators. */
export type BinaryOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-';

/** Every node has the source index where it starts, for error messages. */
interface At {
  /** Zero-based start index in the source. */
  position: number;
}

/** A literal: number, text, true, false or null. */
export interface LiteralNode extends At {
  /** Discriminator. */
  type: 'literal';
  /** The value. */
  value: number | string | boolean | null;
}

/** A reference to an answer: `F1` or `G1.F2`. */
export interface PathNode extends At {
  /** Discriminator. */
  type: 'path';
  /** Element ids from the outside in. */
  segments: readonly string[];
}

/** A function call. */
export interface CallNode extends At {
  /** Discriminator. */
  type: 'call';
  /** Which function. */
  name: FunctionName;
  /** Arguments in order. */
  args: readonly ExpressionNode[];
}

/** `!x` or `-x`. */
export interface UnaryNode extends At {
  /** Discriminator. */
  type: 'unary';
  /** Operator. */
  operator: '!' | '-';
  /** Operand. */
  operand: ExpressionNode;
}

/** Comparison or arithmetic. */
export interface BinaryNode extends At {
  /** Discriminator. */
  type: 'binary';
  /** Operator. */
  operator: BinaryOperator;
  /** Left operand. */
  left: ExpressionNode;
  /** Right operand. */
  right: ExpressionNode;
}

/** `&&` or `||`, evaluated left to right with short-circuit. */
export interface LogicalNode extends At {
  /** Discriminator. */
  type: 'logical';
  /** Operator. */
  operator: '&&' | '||';
  /** Left operand. */
  left: ExpressionNode;
  /** Right operand. */
  right: ExpressionNode;
}

/** Any node. */
export type ExpressionNode =
  LiteralNode | PathNode | CallNode | UnaryNode | BinaryNode | LogicalNode;
