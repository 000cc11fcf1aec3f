import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import type { FormDefinition } from '../../../src/forms/model/form-definition.ts';
import { PublishedFormsError } from '../../../src/server/forms/definition-check.ts';
import { publishForms } from '../../../src/server/forms/published-forms.ts';
import { formsRoutes } from '../../../src/server/http/forms-routes.ts';

/** A small valid form; tests break one thing at a time. */
function smallForm(id = 'lotse-test'): FormDefinition {
  return {
    format: 1,
    id,
    version: '1.0',
    title: 'Testformular',
    leikaKeys: [],
    source: { standard: 'lotse' },
    codeLists: { ja_nein: { id: 'ja_nein', entries: [{ code: 'j', label: 'Ja' }] } },
    elements: [
      {
        kind: 'group',
        id: 'G1',
        label: 'Person',
        occurs: { min: 1, max: 5 },
        children: [
          { kind: 'field', id: 'F1', type: 'text', label: 'Name', occurs: { min: 1, max: 1 } },
          {
            kind: 'field',
            id: 'F2',
            type: 'radio',
            label: 'Kind?',
            codeListId: 'ja_nein',
            occurs: { min: 0, max: 1 },
            relevantWhen: 'answered(F1)',
          },
        ],
      },
    ],
    rules: [{ id: 'R1', description: 'Höchstens fünf', check: 'count(G1) <= 5', targets: ['G1'] }],
  };
}

function problemsOf(forms: FormDefinition[]): string {
  try {
    publishForms(forms);
  } catch (error) {
    expect(error).toBeInstanceOf(PublishedFormsError);
    return (error as PublishedFormsError).message;
  }
  throw new Error('publishForms accepted broken definitions');
}

describe('publishing the form definitions', () => {
  it('publishes the bundled forms with the SHA-256 of the bytes as version', () => {
    const published = publishForms(bundledForms);
    const hash = createHash('sha256').update(published.bodies.identity).digest('hex');
    expect(published.version).toBe(hash);
    expect([...published.byId.keys()]).toEqual(bundledForms.map((form) => form.id));
  });

  it('computes the same bytes whatever order the keys were written in', () => {
    const form = smallForm();
    const reordered = Object.fromEntries(Object.entries(form).reverse()) as FormDefinition;
    expect(publishForms([reordered]).version).toBe(publishForms([form]).version);
    const changed = { ...form, title: 'Anderes Formular' };
    expect(publishForms([changed]).version).not.toBe(publishForms([form]).version);
  });

  it('refuses a broken expression, naming the form, the element and the position', () => {
    const form = smallForm();
    const group = form.elements[0]!;
    if (group.kind !== 'group') throw new Error('fixture changed');
    group.children[1]!.relevantWhen = 'answered(F1) &&& true';
    const message = problemsOf([form]);
    expect(message).toContain('form "lotse-test", F2 relevantWhen:');
    expect(message).toMatch(/at character \d+/);
  });

  it('refuses an expression that names a field the form does not have', () => {
    const form = smallForm();
    form.rules[0]!.check = 'count(G1) <= 5 && F_gibt_es_nicht == 1';
    expect(problemsOf([form])).toMatch(
      /form "lotse-test", R1 check: unknown field "F_gibt_es_nicht" at character 19/,
    );
  });

  it('refuses a missing code list and an unknown rule target', () => {
    const form = smallForm();
    form.codeLists = {};
    form.rules[0]!.targets = ['G9'];
    const message = problemsOf([form]);
    expect(message).toContain('F2 codeList: code list "ja_nein" is not in the definition');
    expect(message).toContain('R1 targets: unknown target "G9"');
  });

  it('refuses two forms with the same id and a form of another format', () => {
    const other = { ...smallForm('lotse-zwei'), format: 2 } as unknown as FormDefinition;
    const message = problemsOf([smallForm(), smallForm(), other]);
    expect(message).toContain('form "lotse-test": another published form has the same id');
    expect(message).toContain('form "lotse-zwei": format is 2, expected 1');
  });

  it('fails the server start when a definition is broken', () => {
    const form = smallForm();
    form.rules[0]!.check = 'count(G1) <=';
    expect(() => formsRoutes({ forms: [form] })).toThrow(/form "lotse-test", R1 check:/);
  });
});
