/**
 * Realistic complete answers for the four authored forms (src/forms/definitions/lotse-*.json):
 * one family (Amira Haddad and her children) as an outreach worker would enter it. Dates are
 * relative to `today`, so the answers stay valid on any day. Used by the forms and server tests.
 */
import type { Answers, DateParts, FileAnswer } from '../../src/forms/model/form-definition.ts';
import { addToDate } from '../../src/validation/dates.ts';

/** A date as typed in the three boxes, from an ISO date. */
export function typedDate(iso: string): DateParts {
  const [year, month, day] = iso.split('-') as [string, string, string];
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** A date so many days, months or years from `today`, as typed. */
export function typedDateFrom(today: string, amount: number, unit: 'd' | 'm' | 'y'): DateParts {
  return typedDate(addToDate(today, amount, unit));
}

/** A stored photo of a document. */
export function photo(name: string, size = 1_248_733): FileAnswer {
  return {
    attachmentId: `att-${name}`,
    name,
    type: 'image/jpeg',
    size,
    sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  };
}

const AMIRA = {
  F00000013: 'Haddad',
  F00000045: 'Amira',
  F60000231: typedDate('1990-04-12'),
};

/** Wohnsitz Anmeldung: mother and son move from Leipzig into a flat in Berlin. */
export function wohnsitzAnswers(today: string): Answers {
  return {
    G_lotse_einzug: [
      {
        F_lotse_einzugsdatum: typedDateFrom(today, -6, 'd'),
        F_lotse_wohnungsart: 'haupt',
        F_lotse_weitere_wohnung: false,
      },
    ],
    G_lotse_neue_wohnung: [
      {
        F00000053: 'Lindenstraße',
        F00000016: '12a',
        F00000027: '3. Stock links',
        F00000054: '10969',
        F00000035: 'Berlin',
      },
    ],
    G_lotse_bisherige_wohnung: [
      {
        F_lotse_zuzug_ausland: false,
        F_lotse_bisher_strasse: 'Karl-Liebknecht-Straße',
        F_lotse_bisher_hausnummer: '45',
        F_lotse_bisher_plz: '04275',
        F_lotse_bisher_ort: 'Leipzig',
      },
    ],
    G_lotse_personen: [
      {
        ...AMIRA,
        F00000067: 'Aleppo, Syrien',
        F00000065: 'w',
        F00000039: 'SYR',
        F_lotse_religion: 'keine',
      },
      {
        F00000013: 'Haddad',
        F00000045: 'Karim',
        F60000231: typedDate('2016-09-03'),
        F00000067: 'Leipzig',
        F00000065: 'm',
        F00000039: 'DEU',
        F_lotse_staatsangehoerigkeit_weitere: 'syrisch',
        F_lotse_ausweisnummer: 'L01X00T47',
      },
    ],
    G_lotse_nachweise: [
      { F_lotse_wohnungsgeberbestaetigung: photo('wohnungsgeberbestaetigung.jpg') },
    ],
    G_lotse_kontakt: [{ F60000242: 'amira.haddad@example.org', F60000240: '0151 23456789' }],
  };
}

/** Wohngeld: Amira works part time, pays 780 € rent including heating, lives with her son. */
export function wohngeldAnswers(today: string): Answers {
  return {
    G_lotse_antragsteller: [
      {
        ...AMIRA,
        F00000065: 'w',
        F00000039: 'SYR',
        F_lotse_familienstand: 'geschieden',
        F_lotse_steuer_id: '86 095 742 719',
        F60000242: 'amira.haddad@example.org',
      },
    ],
    G_lotse_wohnung: [
      {
        F00000053: 'Lindenstraße',
        F00000016: '12a',
        F00000054: '10969',
        F00000035: 'Berlin',
        F_lotse_einzugsdatum: typedDateFrom(today, -3, 'm'),
        F_lotse_wohnflaeche: '62,5',
        F_lotse_mietverhaeltnis: 'hauptmieter',
      },
    ],
    G_lotse_miete: [
      {
        F_lotse_gesamtmiete: '780,00',
        F_lotse_heizkosten_enthalten: true,
        F_lotse_heizkosten: '95,00',
      },
    ],
    G_lotse_haushalt: [
      {
        F_lotse_hh_familienname: 'Haddad',
        F_lotse_hh_vornamen: 'Karim',
        F_lotse_hh_geburtsdatum: typedDate('2016-09-03'),
        F_lotse_hh_verhaeltnis: 'kind',
        F_lotse_hh_einkommen: '0',
      },
    ],
    G_lotse_einkommen: [
      {
        F_lotse_einkommensarten: ['lohn', 'unterhalt'],
        F_lotse_einkommen_brutto: '1.450,00',
        F_lotse_transferleistung: false,
      },
    ],
    G_lotse_konto: [
      { F_lotse_kontoinhaber: 'Amira Haddad', F_lotse_iban: 'DE02 1203 0000 0000 2020 51' },
    ],
    G_lotse_nachweise: [
      {
        F_lotse_nachweis_mietvertrag: photo('mietvertrag.jpg'),
        F_lotse_nachweis_einkommen: photo('lohnabrechnungen.jpg'),
      },
    ],
  };
}

/** Kita-Platz: Amira registers her daughter Lina, two years old, from in three months. */
export function kitaAnswers(today: string): Answers {
  return {
    G_lotse_kind: [
      {
        F_lotse_kind_familienname: 'Haddad',
        F_lotse_kind_vornamen: 'Lina',
        F_lotse_kind_geburtsdatum: typedDateFrom(today, -26, 'm'),
        F_lotse_kind_geschlecht: 'w',
        F_lotse_kind_sprachen: 'Arabisch und Deutsch',
      },
    ],
    G_lotse_betreuung: [
      {
        F_lotse_betreuungsbeginn: typedDateFrom(today, 3, 'm'),
        F_lotse_betreuungsstunden: '35',
        F_lotse_kita_kriterien: ['nah_wohnung', 'mehrsprachig'],
      },
    ],
    G_lotse_eltern: [
      {
        ...AMIRA,
        F_lotse_erwerbsstatus: 'erwerbstaetig',
        F_lotse_arbeitgeber: 'Bäckerei Schmidt GmbH',
        F_lotse_wochenstunden: '30',
        F_lotse_nachweis_beschaeftigung: photo('arbeitgeberbescheinigung.jpg'),
        F60000240: '0151 23456789',
      },
    ],
    G_lotse_wohnort: [
      { F00000053: 'Lindenstraße', F00000016: '12a', F00000054: '10969', F00000035: 'Berlin' },
    ],
    G_lotse_geschwister: [{ F_lotse_geschwister_in_kita: false }],
    G_lotse_beitrag: [{ F_lotse_sozialleistung: true }],
    G_lotse_besonderes: [
      { F_lotse_besondere_beduerfnisse: 'Lina hat eine Allergie gegen Erdnüsse.' },
    ],
  };
}

/** Bildung und Teilhabe: Karim goes to primary school; class trip, lunch and football club. */
export function bildungTeilhabeAnswers(today: string): Answers {
  return {
    G_lotse_antragsteller: [{ ...AMIRA, F60000240: '0151 23456789' }],
    G_lotse_anschrift: [
      { F00000053: 'Lindenstraße', F00000016: '12a', F00000054: '10969', F00000035: 'Berlin' },
    ],
    G_lotse_anspruch: [
      {
        F_lotse_anspruchsgrundlage: 'wohngeld_kiz',
        F_lotse_bescheid_datum: typedDateFrom(today, -2, 'm'),
        F_lotse_bescheid_bis: typedDateFrom(today, 10, 'm'),
      },
    ],
    G_lotse_kinder: [
      {
        F_lotse_kind_familienname: 'Haddad',
        F_lotse_kind_vornamen: 'Karim',
        F_lotse_kind_geburtsdatum: typedDate('2016-09-03'),
        F_lotse_einrichtung_art: 'schule',
        F_lotse_einrichtung_name: 'Grundschule am Lindenpark',
        F_lotse_leistungen: ['schulbedarf', 'klassenfahrt', 'mittagessen', 'teilhabe'],
        F_lotse_fahrt_beginn: typedDateFrom(today, 1, 'm'),
        F_lotse_fahrt_kosten: '180,00',
        F_lotse_fahrt_nachweis: photo('elternbrief-klassenfahrt.jpg'),
        F_lotse_teilhabe_angebot: 'Fußball im SV Kreuzberg',
        F_lotse_teilhabe_beitrag: '12,00',
      },
    ],
    G_lotse_konto: [
      { F_lotse_kontoinhaber: 'Amira Haddad', F_lotse_iban: 'DE02120300000000202051' },
    ],
    G_lotse_nachweise: [{ F_lotse_nachweis_anspruch: photo('wohngeldbescheid.jpg') }],
  };
}

/** The complete answers of every authored form, by form id. */
export function authoredAnswers(today: string): Record<string, Answers> {
  return {
    'lotse-wohnsitz-anmeldung': wohnsitzAnswers(today),
    'lotse-wohngeld-erstantrag': wohngeldAnswers(today),
    'lotse-kita-platz': kitaAnswers(today),
    'lotse-bildung-teilhabe': bildungTeilhabeAnswers(today),
  };
}
