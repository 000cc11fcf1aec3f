/**
 * The form definitions that ship with Lotse: the authored forms (plain-language help on every
 * question) and the imported FIM schemas. JSON is the source of truth; this module only lists it.
 */
import type { FormDefinition } from '../model/form-definition.ts';
import wohnsitzAnmeldung from './lotse-wohnsitz-anmeldung.json' with { type: 'json' };
import wohngeldErstantrag from './lotse-wohngeld-erstantrag.json' with { type: 'json' };
import kitaPlatz from './lotse-kita-platz.json' with { type: 'json' };
import bildungTeilhabe from './lotse-bildung-teilhabe.json' with { type: 'json' };
import blaueKarte from './S00000121.json' with { type: 'json' };

/** Every bundled form definition, in the order a service list shows them. */
export const bundledForms: FormDefinition[] = [
  // JSON imports widen literal types (format: number, type: string). The assertion is safe because
  // test/unit/forms/authored-forms.test.ts runs every listed file through checkFormDefinition.
  wohnsitzAnmeldung as FormDefinition,
  wohngeldErstantrag as FormDefinition,
  kitaPlatz as FormDefinition,
  bildungTeilhabe as FormDefinition,
  blaueKarte as FormDefinition,
];
