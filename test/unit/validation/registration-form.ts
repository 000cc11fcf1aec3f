/** A small, realistic form for the validation tests: every field type, a household, rules. */
import type {
  Answers,
  FieldElement,
  FormDefinition,
  FormElement,
  GroupElement,
} from '../../../src/forms/model/form-definition.ts';

/** Today in every test of this form. */
export const TODAY = '2025-06-15';

const field = (
  id: string,
  type: FieldElement['type'],
  more: Partial<FieldElement> = {},
): FieldElement => ({
  kind: 'field',
  id,
  type,
  label: id.replace(/^F_/, ''),
  occurs: { min: 1, max: 1 },
  ...more,
});

const group = (
  id: string,
  children: FormElement[],
  more: Partial<GroupElement> = {},
): GroupElement => ({
  kind: 'group',
  id,
  label: id.replace(/^G_/, ''),
  occurs: { min: 0, max: 1 },
  children,
  ...more,
});

const optional = { occurs: { min: 0, max: 1 } };

/** The definition (a new object per call, so the compile cache is exercised fresh when wanted). */
export function registrationForm(): FormDefinition {
  return {
    format: 1,
    id: 'test-anmeldung',
    version: '1',
    title: 'Anmeldung (Test)',
    leikaKeys: ['99115001000000'],
    source: { standard: 'lotse' },
    codeLists: {
      C_zahlung: {
        id: 'C_zahlung',
        entries: [
          { code: 'konto', label: 'Überweisung' },
          { code: 'bar', label: 'Bar' },
        ],
      },
      C_hilfen: {
        id: 'C_hilfen',
        entries: [
          { code: 'wohngeld', label: 'Wohngeld' },
          { code: 'kiz', label: 'Kinderzuschlag' },
          { code: 'but', label: 'Bildung und Teilhabe' },
        ],
      },
      C_extern: { id: 'C_extern', canonicalUri: 'urn:de:xoev:codeliste:staat', entries: [] },
    },
    elements: [
      field('F_name', 'text', { label: 'Familienname', constraints: { maxLength: 50 } }),
      field('F_geburt', 'date', {
        label: 'Geburtsdatum',
        constraints: { min: '1900-01-01', max: 'today' },
      }),
      field('F_plz', 'text', { label: 'Postleitzahl', constraints: { validator: 'plz' } }),
      field('F_email', 'text', { ...optional, constraints: { validator: 'email' } }),
      field('F_staat', 'select', { ...optional, codeListId: 'C_extern' }),
      field('F_kinder', 'boolean', { label: 'Leben Kinder bei Ihnen?' }),
      group(
        'G_kind',
        [
          field('F_kind_name', 'text'),
          field('F_kind_geburt', 'date', { constraints: { max: 'today' } }),
          field('F_kind_kita', 'boolean', { ...optional, relevantWhen: 'age(F_kind_geburt) < 7' }),
          field('F_kind_einkommen', 'money', optional),
        ],
        {
          label: 'Kinder',
          itemLabel: 'Kind',
          occurs: { min: 0, max: 5 },
          relevantWhen: 'F_kinder == true',
          requiredWhen: 'F_kinder == true',
        },
      ),
      field('F_miete', 'money', { constraints: { min: 0, max: 10000 } }),
      field('F_zahlung', 'radio', { codeListId: 'C_zahlung' }),
      field('F_iban', 'text', {
        ...optional,
        requiredWhen: "F_zahlung == 'konto'",
        constraints: { validator: 'iban' },
      }),
      group('G_bank', [
        field('F_bank_name', 'text'),
        field('F_bic', 'text', {
          ...optional,
          hint: 'COBADEFFXXX',
          constraints: { pattern: '[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?' },
        }),
      ]),
      field('F_hilfen', 'checkboxes', {
        ...optional,
        codeListId: 'C_hilfen',
        constraints: { max: 2 },
      }),
      field('F_personen', 'integer', { ...optional, constraints: { min: 1 } }),
      field('F_nachweis', 'file', {
        constraints: { accept: ['image/*', 'application/pdf'], maxBytes: 5_000_000 },
      }),
      field('F_info', 'info', { ...optional, label: 'Hinweis' }),
      field('F_einzug', 'date'),
      field('F_auszug', 'date', optional),
    ],
    rules: [
      {
        id: 'R_auszug',
        description: 'Das Auszugsdatum liegt vor dem Einzugsdatum.',
        check: 'F_auszug == null || F_auszug < F_einzug',
        targets: ['F_auszug'],
        message: 'Das Auszugsdatum muss vor dem Einzugsdatum liegen.',
      },
      {
        id: 'R_einkommen',
        description: 'Die Kinder verdienen zusammen höchstens 5.000 Euro.',
        check: 'sum(G_kind.F_kind_einkommen) <= 5000',
        targets: ['G_kind'],
      },
      {
        id: 'R_kind_alter',
        description: 'Einkommen nur für Kinder ab 15 Jahren.',
        check: '!answered(F_kind_einkommen) || age(F_kind_geburt) >= 15',
        targets: ['F_kind_einkommen'],
      },
      { id: 'R_hinweis', description: 'Nur ein Hinweis ohne Prüfung.', targets: ['F_name'] },
    ],
  };
}

const date = (day: string, month: string, year: string) => ({ day, month, year });

/** Answers that pass every check. */
export function validAnswers(): Answers {
  return {
    F_name: 'Mustermann',
    F_geburt: date('12', '8', '1964'),
    F_plz: '10117',
    F_email: 'erika@example.de',
    F_kinder: true,
    G_kind: [
      { F_kind_name: 'Lena', F_kind_geburt: date('1', '6', '2021'), F_kind_kita: true },
      { F_kind_name: 'Tom', F_kind_geburt: date('3', '3', '2008'), F_kind_einkommen: '450,00' },
    ],
    F_miete: '1.234,56',
    F_zahlung: 'konto',
    F_iban: 'DE89 3704 0044 0532 0130 00',
    G_bank: [{ F_bank_name: 'Commerzbank', F_bic: 'COBADEFFXXX' }],
    F_hilfen: ['wohngeld', 'kiz'],
    F_nachweis: {
      attachmentId: 'a1',
      name: 'mietvertrag.pdf',
      type: 'application/pdf',
      size: 120_000,
      sha256: 'ab',
    },
    F_einzug: date('1', '7', '2025'),
    F_auszug: date('30', '6', '2025'),
  };
}
