import { describe, expect, it } from 'vitest';
import { answersShapeProblem, MAX_GROUP_DEPTH } from '../../../src/server/forms/answers-shape.ts';
import { wohnsitzAnswers } from '../../support/authored-answers.ts';

describe('the shape of answers on the wire', () => {
  it('accepts every answer shape a form can hold', () => {
    expect(answersShapeProblem(wohnsitzAnswers('2026-01-15'))).toBeNull();
    expect(answersShapeProblem({ F1: ['a', 'b'], F2: null, F3: true, G1: [] })).toBeNull();
  });

  it('names the path of the first value no field can hold', () => {
    const answers = {
      ...wohnsitzAnswers('2026-01-15'),
      G_lotse_personen: [{ F00000013: 'A' }, { F00000013: ['x', 1] }],
    };
    expect(answersShapeProblem(answers)).toEqual({
      path: 'G_lotse_personen[1].F00000013',
      message: 'a list must hold only codes (checkboxes) or only group entries (objects)',
    });
  });

  it('refuses a file without its size and groups nested beyond the limit', () => {
    const file = { attachmentId: 'a', name: 'b', type: 'image/png', sha256: 'c' };
    expect(answersShapeProblem({ F1: file })?.path).toBe('F1');
    let nested: Record<string, unknown> = { F1: 'x' };
    for (let depth = 0; depth <= MAX_GROUP_DEPTH; depth += 1) nested = { G: [nested] };
    expect(answersShapeProblem(nested)?.message).toMatch(/nest deeper/);
  });
});
