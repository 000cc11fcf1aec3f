/**
 * Harmonised FIM fields keep their id in every schema, so a person's saved profile can fill them
 * in any imported form. Ids come from the BlaueKarte schema (FIM Baukasten 1.x, F0000…), the
 * harmonised Baukasten 2.x (F6000…) and its XDatenfelder 3 form (F6000000…, the same number
 * with three more zeros). `types` guards against a wrong id: prefill applies only when the
 * imported field has one of these types.
 */
import type { FieldType, ValidatorName } from '../model/form-definition.ts';

/** One profile value and the FIM fields that hold it. */
export interface HarmonisedField {
  /** Profile key (see src/drafts/ profile). */
  profileKey: string;
  /** German name, for the report and the README. */
  label: string;
  /** FIM field ids that mean this value. */
  ids: readonly string[];
  /** Field types a prefill may go into. */
  types: readonly FieldType[];
  /** Validator every field with one of these ids gets. */
  validator?: ValidatorName;
}

const TEXT: readonly FieldType[] = ['text', 'textarea'];
const CODE: readonly FieldType[] = ['select', 'radio'];

/** The table (documented in src/forms/README.md). */
export const HARMONISED_FIELDS: readonly HarmonisedField[] = [
  {
    profileKey: 'person.familienname',
    label: 'Familienname',
    ids: ['F00000013', 'F60000227', 'F60000000227'],
    types: TEXT,
  },
  {
    profileKey: 'person.vornamen',
    label: 'Vorname(n)',
    ids: ['F00000045', 'F60000228', 'F60000000228'],
    types: TEXT,
  },
  {
    profileKey: 'person.geburtsdatum',
    label: 'Geburtsdatum',
    ids: ['F60000231', 'F60000000231'],
    types: ['date'],
  },
  {
    profileKey: 'person.geburtsort',
    label: 'Geburtsort',
    ids: ['F00000067', 'F60000234', 'F60000000234'],
    types: TEXT,
  },
  {
    profileKey: 'person.geschlecht',
    label: 'Geschlecht',
    ids: ['F00000065', 'F60000332', 'F60000000332'],
    types: CODE,
  },
  {
    profileKey: 'person.staatsangehoerigkeit',
    label: 'Staatsangehörigkeit',
    ids: ['F00000039', 'F60000236', 'F60000000236'],
    types: CODE,
  },
  {
    profileKey: 'anschrift.strasse',
    label: 'Straße',
    ids: ['F00000053', 'F60000243', 'F60000000243'],
    types: TEXT,
  },
  {
    profileKey: 'anschrift.hausnummer',
    label: 'Hausnummer',
    ids: ['F00000016', 'F60000244', 'F60000000244'],
    types: TEXT,
  },
  {
    profileKey: 'anschrift.plz',
    label: 'Postleitzahl',
    ids: ['F00000054', 'F60000246', 'F60000000246'],
    types: TEXT,
    validator: 'plz',
  },
  {
    profileKey: 'anschrift.ort',
    label: 'Ort',
    ids: ['F00000035', 'F60000247', 'F60000000247'],
    types: TEXT,
  },
  {
    profileKey: 'kontakt.email',
    label: 'E-Mail-Adresse',
    ids: ['F60000242', 'F60000000242'],
    types: TEXT,
    validator: 'email',
  },
  {
    profileKey: 'kontakt.telefon',
    label: 'Telefonnummer',
    ids: ['F60000240', 'F60000000240'],
    types: TEXT,
    validator: 'phone',
  },
];

const BY_ID = new Map(HARMONISED_FIELDS.flatMap((entry) => entry.ids.map((id) => [id, entry])));

/** The harmonised entry for a FIM field id, if it is one. */
export function findHarmonisedField(fieldId: string): HarmonisedField | undefined {
  return BY_ID.get(fieldId);
}
