import { afterEach, describe, expect, it } from 'vitest';
import {
  ExpressionError,
  answersScope,
  compileExpression,
  evaluate,
} from '../../../src/validation/index.ts';
import type { Answers } from '../../../src/forms/model/form-definition.ts';

const TODAY = '2025-06-15';
const canary = globalThis as { lotsePwned?: boolean };

/** The ExpressionError compileExpression throws (fails the test when it compiles). */
function rejection(source: string): ExpressionError {
  try {
    compileExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error(`compiled: ${source}`);
}

function run(source: string, answers: Answers = {}) {
  return evaluate(compileExpression(source), answersScope(answers, { today: TODAY }));
}

afterEach(() => {
  expect(canary.lotsePwned).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('F1');
});

describe('malicious expressions', () => {
  it('never reaches the Function constructor through constructor.constructor', () => {
    const error = rejection("constructor.constructor('globalThis.lotsePwned = true')()");
    expect(error.reason).toBe('unknown field "constructor"');
    expect(error.position).toBe(0);
    expect(rejection('F1.constructor').reason).toBe('unknown field "constructor"');
    expect(rejection('F1.prototype').reason).toBe('unknown field "prototype"');
  });

  it('rejects __proto__ and other names that do not start with a letter', () => {
    expect(rejection('__proto__').message).toMatch(
      /unexpected character "_" \(names start with a letter\) at character 1/,
    );
    expect(rejection('F1.__proto__.polluted').position).toBe(3);
    expect(rejection('$F1').position).toBe(0);
  });

  it('refuses calls to anything but the language functions', () => {
    expect(rejection("eval('globalThis.lotsePwned = true')").reason).toBe(
      'unknown function "eval"',
    );
    expect(rejection("Function('return this')()").reason).toBe('unknown function "Function"');
    expect(rejection('process.exit(1)').reason).toBe('unknown function "process.exit"');
    expect(rejection('F1.toString()').reason).toBe('unknown function "F1.toString"');
    expect(rejection('today()()').reason).toMatch(/expected an operator/);
  });

  it('rejects brackets, template strings, assignments and statements with a hint', () => {
    expect(rejection('F1[0]').message).toMatch(
      /brackets are not allowed; refer to a group field as G1\.F2/,
    );
    expect(rejection("F1['constructor']").position).toBe(2);
    expect(rejection('`${globalThis.lotsePwned = true}`').message).toMatch(
      /template strings are not allowed/,
    );
    expect(rejection("F1 = 'ja'").message).toMatch(/use == to compare\) at character 4/);
    expect(rejection('F1; F2').message).toMatch(/unexpected character ";"/);
    expect(rejection('F1 & F2').message).toMatch(/use && for "and"/);
    expect(rejection('new F1').message).toMatch(/expected an operator, found "F1"/);
  });

  it('reads only the answers own properties, never inherited ones', () => {
    expect(run('toString == null')).toBe(true);
    expect(run('hasOwnProperty')).toBeNull();
    expect(run('valueOf', { valueOf: 'a' })).toBe('a');
    const polluted = JSON.parse('{"__proto__": {"F1": "evil"}}') as Answers;
    expect(run('F1', polluted)).toBeNull();
    expect(run('count(F1)', polluted)).toBe(0);
  });

  it('never hands out JavaScript objects: this and globalThis are just unanswered ids', () => {
    expect(run('this')).toBeNull();
    expect(run('globalThis')).toBeNull();
    expect(run('window == null')).toBe(true);
  });

  it('ends deeply nested input with a clear error instead of a stack overflow', () => {
    const nested = `${'('.repeat(500)}1${')'.repeat(500)}`;
    expect(rejection(nested).reason).toBe('nested deeper than 32 levels');
    expect(rejection(`${'!'.repeat(1500)}true`).reason).toBe('nested deeper than 32 levels');
    expect(rejection(`${'len('.repeat(300)}1${')'.repeat(300)}`).reason).toBe(
      'nested deeper than 32 levels',
    );
    expect(run(`${'('.repeat(10)}1${')'.repeat(10)}`)).toBe(1);
  });

  it('rejects very long input before reading it', () => {
    const long = `${'('.repeat(100_000)}1${')'.repeat(100_000)}`;
    const started = performance.now();
    expect(rejection(long).reason).toBe('expression longer than 2000 characters');
    expect(rejection('a'.repeat(5000)).message.length).toBeLessThan(200);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('evaluates the longest allowed flat chain without trouble', () => {
    const chain = Array.from({ length: 400 }, () => 'F1').join('||');
    expect(chain.length).toBeLessThanOrEqual(2000);
    expect(run(chain, { F1: 'x' })).toBe(true);
    const sum = Array.from({ length: 600 }, () => '1').join('+');
    expect(run(sum)).toBe(600);
  });

  it('reports unclosed quotes and bad escapes with their position', () => {
    expect(rejection("F1 == 'ja").message).toMatch(/text in quotes is not closed at character 7/);
    expect(rejection("'\\u0041'").message).toMatch(
      /only \\\\ and the quote itself may follow a backslash/,
    );
    expect(rejection('').reason).toBe('the expression is empty');
    expect(rejection('F1 ==').reason).toBe('expected a value, found the end');
    expect(rejection('(F1').reason).toBe('expected a closing parenthesis, found the end');
  });
});
