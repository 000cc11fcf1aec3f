import { describe, expect, it } from 'vitest';
import {
  addInstance,
  AnswerPathError,
  getAnswer,
  groupInstances,
  parsePath,
  removeInstance,
  setAnswer,
} from '../../../src/forms/model/answers.ts';

describe('answer paths', () => {
  it('reads a path into its steps and refuses malformed ones', () => {
    expect(parsePath('G1[2].F3')).toEqual([{ id: 'G1', index: 2 }, { id: 'F3' }]);
    expect(() => parsePath('G1[x]')).toThrow(AnswerPathError);
    expect(() => parsePath('__proto__.x')).toThrow(AnswerPathError);
  });

  it('sets answers at the top and inside group instances without changing the input', () => {
    const empty = {};
    const one = setAnswer(empty, 'F1', 'Müller');
    const two = setAnswer(one, 'G1[1].F2', { day: '1', month: '2', year: '2000' });
    expect(empty).toEqual({});
    expect(getAnswer(two, 'F1')).toBe('Müller');
    expect(getAnswer(two, 'G1[1].F2')).toEqual({ day: '1', month: '2', year: '2000' });
    expect(groupInstances(two, 'G1')).toHaveLength(2);
    expect(getAnswer(two, 'G1[0].F2')).toBeNull();
  });

  it('adds and removes instances of a repeatable group, keeping the others', () => {
    let answers = addInstance({}, 'G1');
    answers = setAnswer(answers, 'G1[0].F2', 'Anna');
    answers = addInstance(answers, 'G1');
    answers = setAnswer(answers, 'G1[1].F2', 'Ben');
    answers = removeInstance(answers, 'G1', 0);
    expect(groupInstances(answers, 'G1')).toEqual([{ F2: 'Ben' }]);
  });

  it('treats file and date answers as values, not as group instances', () => {
    const file = {
      attachmentId: 'a',
      name: 'x.pdf',
      type: 'application/pdf',
      size: 1,
      sha256: 'f',
    };
    const answers = setAnswer({}, 'F9', file);
    expect(getAnswer(answers, 'F9')).toEqual(file);
  });
});
