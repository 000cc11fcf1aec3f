/**
 * A generated form of any size for validation benchmarks and consistency tests: sections of ten
 * mixed fields (every field type, named validators, conditional questions), a repeated household
 * group, rules, and answers that are mostly valid with a few mistakes. Deterministic.
 */
import type {
  Answers,
  AnswerValue,
  FieldElement,
  FormDefinition,
  FormElement,
  FormRule,
} from '../../src/forms/model/form-definition.ts';

/** A generated definition with matching answers. */
export interface LargeForm {
  /** The definition; it has exactly `fieldCount` field elements. */
  definition: FormDefinition;
  /** Answers: valid except every 23rd field and one household income. */
  answers: Answers;
}

interface Kind {
  type: FieldElement['type'];
  more?: Partial<FieldElement>;
  valid: AnswerValue;
  invalid: AnswerValue;
}

const date = (day: string, month: string, year: string) => ({ day, month, year });

// One per position in a section; position 0 is the yes/no that later questions depend on.
const KINDS: readonly Kind[] = [
  { type: 'boolean', valid: true, invalid: 'ja' },
  {
    type: 'text',
    more: { constraints: { maxLength: 80 } },
    valid: 'Mustermann',
    invalid: 'x'.repeat(81),
  },
  { type: 'integer', more: { constraints: { min: 0, max: 120 } }, valid: '42', invalid: '4,2' },
  { type: 'money', more: { constraints: { min: 0 } }, valid: '1.234,56', invalid: '12,345' },
  {
    type: 'date',
    more: { constraints: { min: '1900-01-01', max: 'today' } },
    valid: date('12', '8', '1964'),
    invalid: date('31', '2', '1964'),
  },
  { type: 'select', more: { codeListId: 'C_gross' }, valid: 'c07', invalid: 'c99' },
  {
    type: 'text',
    more: { constraints: { validator: 'iban' } },
    valid: 'DE89 3704 0044 0532 0130 00',
    invalid: 'DE89 3704 0044 0532 0130 01',
  },
  {
    type: 'checkboxes',
    more: { codeListId: 'C_klein', constraints: { max: 2 } },
    valid: ['a', 'b'],
    invalid: ['a', 'b', 'c'],
  },
  {
    type: 'text',
    more: { constraints: { validator: 'email' } },
    valid: 'erika@example.de',
    invalid: 'erika@',
  },
  {
    type: 'text',
    more: { constraints: { validator: 'plz', pattern: '[0-9]{5}' } },
    valid: '10117',
    invalid: '1011',
  },
];

const HOUSEHOLD: readonly [string, Kind][] = [
  ['F_h_name', { type: 'text', valid: 'Lena', invalid: '' }],
  [
    'F_h_geburt',
    {
      type: 'date',
      more: { constraints: { max: 'today' } },
      valid: date('1', '6', '2012'),
      invalid: date('', '6', '2012'),
    },
  ],
  ['F_h_einkommen', { type: 'money', valid: '450,00', invalid: 'viel' }],
  [
    'F_h_steuer',
    {
      type: 'text',
      more: { constraints: { validator: 'steuerId' } },
      valid: '86095742719',
      invalid: '86095742718',
    },
  ],
  [
    'F_h_telefon',
    {
      type: 'text',
      more: { constraints: { validator: 'phone' } },
      valid: '030 1234567',
      invalid: '12',
    },
  ],
  [
    'F_h_schule',
    {
      type: 'radio',
      more: { codeListId: 'C_klein', relevantWhen: 'age(F_h_geburt) < 18' },
      valid: 'a',
      invalid: 'z',
    },
  ],
];

const HOUSEHOLD_SIZE = 4;

/** A form with `fieldCount` fields (at least 16): sections of ten plus a household of six. */
export function generateLargeForm(fieldCount: number): LargeForm {
  if (fieldCount < 16) throw new RangeError('generateLargeForm needs at least 16 fields');
  const elements: FormElement[] = [];
  const rules: FormRule[] = [];
  const answers: Answers = {};
  let made = 0;
  for (let section = 0; made < fieldCount - HOUSEHOLD.length; section += 1) {
    const children: FieldElement[] = [];
    const instance: Answers = {};
    const toggle = `F_s${section}_0`;
    for (let position = 0; position < 10 && made < fieldCount - HOUSEHOLD.length; position += 1) {
      const kind = KINDS[position]!;
      const id = `F_s${section}_${position}`;
      const conditional = position % 4 === 3;
      children.push({
        kind: 'field',
        id,
        label: `Frage ${section}.${position}`,
        type: kind.type,
        occurs: { min: conditional ? 0 : 1, max: 1 },
        ...(conditional
          ? { relevantWhen: `${toggle} == true`, requiredWhen: `${toggle} == true` }
          : {}),
        ...kind.more,
      });
      made += 1;
      instance[id] = made % 23 === 0 ? kind.invalid : kind.valid;
    }
    const groupId = `G_s${section}`;
    elements.push({
      kind: 'group',
      id: groupId,
      label: `Abschnitt ${section}`,
      occurs: { min: 1, max: 1 },
      children,
    });
    answers[groupId] = [instance];
    if (children.length > 3) {
      rules.push({
        id: `R_s${section}`,
        description: 'Alter höchstens 120',
        check: `!answered(F_s${section}_2) || F_s${section}_2 <= 120`,
        targets: [`F_s${section}_2`],
      });
    }
  }
  elements.push(household());
  answers.G_haushalt = Array.from({ length: HOUSEHOLD_SIZE }, (_, index) =>
    Object.fromEntries(
      HOUSEHOLD.map(([id, kind]) => [
        id,
        index === 2 && id === 'F_h_einkommen' ? kind.invalid : kind.valid,
      ]),
    ),
  );
  rules.push(
    {
      id: 'R_haushalt_summe',
      description: 'Das Haushaltseinkommen ist höchstens 100.000 Euro.',
      check: 'sum(G_haushalt.F_h_einkommen) < 100000',
      targets: ['G_haushalt'],
    },
    {
      id: 'R_haushalt_geburt',
      description: 'Geburtsdatum nicht in der Zukunft.',
      check: "!answered(F_h_geburt) || F_h_geburt <= 'today'",
      targets: ['F_h_geburt'],
    },
  );
  return { definition: definition(elements, rules, fieldCount), answers };
}

function household(): FormElement {
  return {
    kind: 'group',
    id: 'G_haushalt',
    label: 'Personen im Haushalt',
    itemLabel: 'Person',
    occurs: { min: 1, max: 10 },
    children: HOUSEHOLD.map(([id, kind]) => ({
      kind: 'field',
      id,
      label: id,
      type: kind.type,
      occurs: { min: id === 'F_h_schule' ? 0 : 1, max: 1 },
      ...kind.more,
    })),
  };
}

function definition(
  elements: FormElement[],
  rules: FormRule[],
  fieldCount: number,
): FormDefinition {
  const entries = (codes: string[]) => codes.map((code) => ({ code, label: `Eintrag ${code}` }));
  return {
    format: 1,
    id: `lotse-bench-${fieldCount}`,
    version: '1',
    title: `Generiertes Formular mit ${fieldCount} Feldern`,
    leikaKeys: [],
    source: { standard: 'lotse' },
    codeLists: {
      C_gross: {
        id: 'C_gross',
        entries: entries(Array.from({ length: 40 }, (_, i) => `c${String(i).padStart(2, '0')}`)),
      },
      C_klein: { id: 'C_klein', entries: entries(['a', 'b', 'c']) },
    },
    elements,
    rules,
  };
}
