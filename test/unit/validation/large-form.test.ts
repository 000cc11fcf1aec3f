import { describe, expect, it } from 'vitest';
import { checkFormDefinition, validateForm } from '../../../src/validation/index.ts';
import type { FormElement } from '../../../src/forms/model/form-definition.ts';
import { generateLargeForm } from '../../support/large-form.ts';

const countFields = (elements: readonly FormElement[]): number =>
  elements.reduce(
    (total, element) => total + (element.kind === 'field' ? 1 : countFields(element.children)),
    0,
  );

describe('generateLargeForm (benchmark input)', () => {
  it.each([16, 100, 300, 1000])('makes a sound definition with exactly %i fields', (fields) => {
    const { definition } = generateLargeForm(fields);
    expect(countFields(definition.elements)).toBe(fields);
    expect(checkFormDefinition(definition)).toEqual([]);
  });

  it('gives answers with a few mistakes of different kinds, the same every time', () => {
    const first = generateLargeForm(300);
    const { errors } = validateForm(first.definition, first.answers, { today: '2025-06-15' });
    expect(new Set(errors.map((error) => error.code)).size).toBeGreaterThan(8);
    expect(generateLargeForm(300)).toEqual(first);
  });

  it('validates 300 fields in well under 5 ms at the median, compiled once', () => {
    const { definition, answers } = generateLargeForm(300);
    const times: number[] = [];
    for (let run = 0; run < 60; run += 1) {
      const started = performance.now();
      validateForm(definition, answers, { today: '2025-06-15' });
      times.push(performance.now() - started);
    }
    const later = times.slice(10).sort((a, b) => a - b);
    expect(later[Math.floor(later.length / 2)]).toBeLessThan(5);
    expect(later[0]).toBeLessThan(times[0]!);
  });
});
