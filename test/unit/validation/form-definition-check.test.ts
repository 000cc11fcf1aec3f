import { describe, expect, it } from 'vitest';
import {
  FormDefinitionError,
  checkFormDefinition,
  validateForm,
} from '../../../src/validation/index.ts';
import type { FieldElement, FormDefinition } from '../../../src/forms/model/form-definition.ts';
import { registrationForm } from './registration-form.ts';

/** The registration form with one field changed (found by id at any depth). */
function withField(id: string, change: Partial<FieldElement>): FormDefinition {
  const definition = registrationForm();
  const visit = (elements: FormDefinition['elements']) =>
    elements.forEach((element) => {
      if (element.kind === 'group') visit(element.children);
      else if (element.id === id) Object.assign(element, change);
    });
  visit(definition.elements);
  return definition;
}

const problems = (definition: FormDefinition) =>
  checkFormDefinition(definition).map(({ id, part, message, position }) => ({
    id,
    part,
    message,
    position,
  }));

describe('checkFormDefinition', () => {
  it('finds nothing wrong with a sound definition', () => {
    expect(checkFormDefinition(registrationForm())).toEqual([]);
  });

  it('names unknown fields in conditions with their position', () => {
    expect(
      problems(withField('F_email', { relevantWhen: "F_kinder == true && F_nope == 'x'" })),
    ).toEqual([
      { id: 'F_email', part: 'relevantWhen', message: 'unknown field "F_nope"', position: 20 },
    ]);
  });

  it('does not let a form-level condition reach into a group without its path', () => {
    const [problem] = problems(withField('F_email', { relevantWhen: "F_kind_name == 'x'" }));
    expect(problem?.message).toBe('unknown field "F_kind_name"');
  });

  it('refuses a group or a repeated field used as one value', () => {
    expect(problems(withField('F_email', { relevantWhen: 'G_kind' }))[0]?.message).toBe(
      '"G_kind" is a group; write count(G_kind) or answered(G_kind)',
    );
    expect(
      problems(withField('F_email', { relevantWhen: "G_kind.F_kind_name == 'x'" }))[0]?.message,
    ).toMatch(/one answer per entry of a repeated group; use sum\(\), count\(\) or answered\(\)/);
    expect(problems(withField('F_email', { relevantWhen: 'sum(G_kind) > 1' }))[0]?.message).toMatch(
      /sum\(\) needs a number field/,
    );
    expect(problems(withField('F_email', { relevantWhen: "G_bank.F_bic == 'x'" }))).toEqual([]);
  });

  it('reports syntax errors, bad patterns, unknown validators and missing code lists', () => {
    const definition = withField('F_email', { requiredWhen: 'F_kinder = true' });
    Object.assign(definition.elements[0]!, { constraints: { pattern: '([A-Z' } });
    Object.assign(definition.elements[2]!, { constraints: { validator: 'bic' } });
    Object.assign(definition.elements[4]!, { codeListId: 'C_fehlt' });
    expect(problems(definition).map(({ id, part }) => `${id} ${part}`)).toEqual([
      'F_name pattern',
      'F_plz validator',
      'F_email requiredWhen',
      'F_staat codeList',
    ]);
    expect(problems(definition)[2]).toEqual({
      id: 'F_email',
      part: 'requiredWhen',
      message: 'unexpected character "=" (use == to compare)',
      position: 9,
    });
  });

  it('reports date bounds it cannot read', () => {
    expect(problems(withField('F_geburt', { constraints: { max: 'heute' } }))[0]).toMatchObject({
      id: 'F_geburt',
      part: 'max',
    });
  });

  it('reports rules with unknown targets or references, and duplicate ids', () => {
    const definition = registrationForm();
    definition.rules.push({
      id: 'R_x',
      description: '',
      check: 'F_kind_name != null',
      targets: ['F_name'],
    });
    definition.rules.push({ id: 'R_y', description: '', check: 'true', targets: ['F_gibtsnicht'] });
    definition.elements.push({ ...(definition.elements[0] as FieldElement) });
    expect(problems(definition).map(({ id, part }) => `${id} ${part}`)).toEqual([
      'F_name id',
      'R_x check',
      'R_y targets',
    ]);
  });

  it('makes validateForm refuse a broken definition with every problem attached', () => {
    const definition = withField('F_email', { relevantWhen: 'F_a == 1 || F_b == 2' });
    expect(() => validateForm(definition, {})).toThrow(FormDefinitionError);
    try {
      validateForm(definition, {});
    } catch (error) {
      expect((error as FormDefinitionError).problems).toHaveLength(2);
      expect((error as Error).message).toMatch(
        /^F_email relevantWhen: unknown field "F_a" at character 1 \(and 1 more\)$/,
      );
    }
  });
});
