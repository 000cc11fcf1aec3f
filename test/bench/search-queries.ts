/**
 * What people actually type when looking for a service, with the service they mean. Used by the
 * unit test (every expectation must hold) and by the benchmark (latency over a realistic mix).
 * Phrasing follows how a library volunteer types what a person says: lower case, ue/ae/oe and
 * ss for umlauts and ß, typos, compounds, colloquial names. Every `expect` is an exact service
 * name in src/server/catalogue/catalogue.json.
 */

/** One realistic query and the service that must be found. */
export interface SearchQueryCase {
  /** The text as typed. */
  query: string;
  /** Exact name of a service that must appear in the results. */
  expect: string;
  /** It must be at this rank or better (1 = first). */
  within: number;
}

/** The query set. */
export const searchQueries: readonly SearchQueryCase[] = [
  // Registering an address.
  { query: 'wohnung anmelden', expect: 'Wohnsitz Anmeldung', within: 3 },
  { query: 'wohnsitz anmeldng', expect: 'Wohnsitz Anmeldung', within: 3 },
  { query: 'Wohnsitz anmelden', expect: 'Wohnsitz Anmeldung', within: 1 },
  { query: 'wohnsitzanmeldung', expect: 'Wohnsitz Anmeldung', within: 3 },
  { query: 'ummelden', expect: 'Wohnsitz Anmeldung', within: 3 },
  { query: 'umzug', expect: 'Wohnsitz Anmeldung', within: 5 },
  { query: 'wohnsitz abmelden', expect: 'Wohnsitz Abmeldung', within: 1 },
  { query: 'nebenwohnsitz anmelden', expect: 'Wohnsitz Anmeldung als Nebenwohnsitz', within: 1 },
  { query: 'meldebescheinigung', expect: 'amtliche Meldebestätigung', within: 3 },
  { query: 'wohnungsgeberbestaetigung', expect: 'Wohnungsgeberbestätigung', within: 1 },
  // Family benefits.
  { query: 'Kindergeld', expect: 'Kindergeld', within: 1 },
  { query: 'kindergeld beantragen', expect: 'Kindergeld', within: 3 },
  { query: 'Kindergeldantrag', expect: 'Kindergeld', within: 3 },
  { query: 'kindrgeld', expect: 'Kindergeld', within: 3 },
  { query: 'Elterngeld', expect: 'Elterngeld', within: 1 },
  { query: 'elterngeld beantragen', expect: 'Elterngeld Bewilligung', within: 3 },
  { query: 'elterngled', expect: 'Elterngeld', within: 3 },
  { query: 'kinderzuschlag', expect: 'Kinderzuschlag', within: 1 },
  { query: 'unterhaltsvorschuss', expect: 'Unterhaltsvorschuss', within: 1 },
  { query: 'mutterschaftsgeld', expect: 'Mutterschaftsgeld', within: 1 },
  { query: 'Kita', expect: 'Kindertagesstätte', within: 3 },
  { query: 'kita gutschein', expect: 'Kita-Gutschein beantragen', within: 1 },
  { query: 'tagesmutter', expect: 'Förderung in Kindertagespflege', within: 3 },
  { query: 'bafög', expect: 'Ausbildungsförderung', within: 3 },
  { query: 'bafoeg', expect: 'Ausbildungsförderung', within: 3 },
  // Income support.
  { query: 'Bürgergeld', expect: 'Arbeitslosengeld II', within: 1 },
  { query: 'buergergeld', expect: 'Arbeitslosengeld II', within: 3 },
  { query: 'Hartz 4', expect: 'Arbeitslosengeld II', within: 3 },
  { query: 'hartz iv antrag', expect: 'Arbeitslosengeld II', within: 3 },
  { query: 'arbeitslosengeld 2', expect: 'Arbeitslosengeld II', within: 3 },
  { query: 'Wohngeld', expect: 'Wohngeld', within: 1 },
  { query: 'wohngeld berechnen', expect: 'Wohngeld Berechnung', within: 3 },
  {
    query: 'grundsicherung',
    expect: 'Grundsicherung im Alter und bei Erwerbsminderung (SGB XII)',
    within: 1,
  },
  { query: 'wbs', expect: 'Wohnberechtigungsschein', within: 3 },
  { query: 'miete zuschuss', expect: 'Wohngeld', within: 3 },
  { query: 'wohnberechtigungsschein', expect: 'Wohnberechtigungsschein', within: 1 },
  // Identity documents.
  { query: 'Personalausweis verloren', expect: 'Personalausweis Meldung wegen Verlust', within: 3 },
  { query: 'ausweis verloren', expect: 'Personalausweis Meldung wegen Verlust', within: 5 },
  { query: 'personalausweis', expect: 'Personalausweis', within: 1 },
  { query: 'personalauswies', expect: 'Personalausweis', within: 3 },
  { query: 'perso beantragen', expect: 'Personalausweis', within: 5 },
  { query: 'reisepass', expect: 'Reisepass', within: 1 },
  { query: 'pass verloren', expect: 'Reisepass Meldung wegen Verlust', within: 5 },
  { query: 'kinderreisepass', expect: 'Kinderreisepass', within: 1 },
  { query: 'Geburtsurkunde', expect: 'Geburtsurkunde', within: 1 },
  { query: 'geburtsurkunde beantragen', expect: 'Geburtsurkunde', within: 3 },
  { query: 'sterbeurkunde', expect: 'Sterbeurkunde', within: 1 },
  { query: 'urkunde', expect: 'Geburtsurkunde', within: 10 },
  { query: 'Führungszeugnis', expect: 'Führungszeugnis', within: 1 },
  { query: 'fuehrungszeugnis', expect: 'Führungszeugnis', within: 1 },
  { query: 'polizeiliches fuehrungszeugnis', expect: 'Führungszeugnis', within: 3 },
  // Driving and cars.
  { query: 'fuehrerschein', expect: 'Führerschein', within: 1 },
  { query: 'Fuhrerschein', expect: 'Führerschein', within: 3 },
  { query: 'führerschein verloren', expect: 'Führerschein Ersatz wegen Verlust', within: 3 },
  { query: 'Parkausweis', expect: 'Bewohnerparkausweis', within: 5 },
  { query: 'anwohnerparkausweis', expect: 'Bewohnerparkausweis', within: 3 },
  { query: 'parkausweis schwerbehinderte', expect: 'Parkausweis für Schwerbehinderte', within: 1 },
  { query: 'auto anmelden', expect: 'Kraftfahrzeug Zulassung', within: 5 },
  { query: 'auto abmelden', expect: 'Kraftfahrzeug Abmeldung', within: 3 },
  { query: 'kfz zulassung', expect: 'Kraftfahrzeug Zulassung', within: 3 },
  {
    query: 'strassenverkehr',
    expect: 'Ausnahmen von der Nutzungspflicht eines Kontrollgeräts im Straßenverkehr',
    within: 10,
  },
  // Pets, waste, broadcasting fee.
  { query: 'Hund anmelden', expect: 'Hundehaltung Anmeldung', within: 3 },
  { query: 'hundesteuer', expect: 'Hundesteuer', within: 1 },
  { query: 'sperrmüll', expect: 'Sperrmüll', within: 1 },
  { query: 'sperrmuell abholung', expect: 'Sperrmüll Entsorgung durch Abholung', within: 3 },
  { query: 'muelltonne anmelden', expect: 'Anmeldung Abfallbehälter', within: 3 },
  { query: 'gez befreiung', expect: 'Rundfunkbeitrag im privaten Bereich Befreiung', within: 3 },
  {
    query: 'rundfunkbeitrag befreiung',
    expect: 'Rundfunkbeitrag im privaten Bereich Befreiung',
    within: 3,
  },
  // Building, business.
  { query: 'Baugenehmigung', expect: 'Baugenehmigung', within: 1 },
  { query: 'baugenemigung', expect: 'Baugenehmigung', within: 3 },
  { query: 'Gewerbe anmelden', expect: 'Gewerbe Anmeldung', within: 1 },
  { query: 'gewerbeanmeldung', expect: 'Gewerbe Anmeldung', within: 3 },
  { query: 'gewerbe abmelden', expect: 'Gewerbe Abmeldung', within: 1 },
  { query: 'gaststaette erlaubnis', expect: 'Gaststättengewerbe Erlaubnis', within: 3 },
  // Residence, citizenship, marriage, death.
  { query: 'Aufenthaltstitel', expect: 'elektronischer Aufenthaltstitel', within: 5 },
  {
    query: 'aufenthaltserlaubnis verlaengern',
    expect: 'Aufenthaltserlaubnis Verlängerung',
    within: 3,
  },
  { query: 'niederlassungserlaubnis', expect: 'Niederlassungserlaubnis', within: 1 },
  { query: 'Einbürgerung', expect: 'Einbürgerung', within: 1 },
  { query: 'einbuergerung', expect: 'Einbürgerung', within: 1 },
  { query: 'einbürgerungstest', expect: 'Einbürgerungstest', within: 1 },
  { query: 'staatsbürgerschaft', expect: 'Einbürgerung', within: 5 },
  { query: 'schengen visum', expect: 'Schengen - Visum', within: 1 },
  { query: 'asylantrag', expect: 'Aufenthaltstitel bei Asylantrag', within: 3 },
  { query: 'heiraten', expect: 'Eheschließung', within: 3 },
  { query: 'hochzeit', expect: 'Eheschließung', within: 1 },
  { query: 'eheschliessung anmelden', expect: 'Eheschließung Anmeldung', within: 1 },
  { query: 'vaterschaft anerkennen', expect: 'Erklärung zur Vaterschaftsanerkennung', within: 3 },
  { query: 'bestattung', expect: 'Bestattung', within: 1 },
  // Disability, taxes, hunting and fishing.
  { query: 'schwerbehindertenausweis', expect: 'Schwerbehindertenausweis', within: 1 },
  { query: 'behindertenausweis', expect: 'Schwerbehindertenausweis', within: 3 },
  { query: 'steuer id', expect: 'Steueridentifikationsnummer', within: 3 },
  { query: 'einkommensteuer', expect: 'Einkommensteuer', within: 1 },
  { query: 'angelschein', expect: 'Fischereischein', within: 3 },
  { query: 'jagdschein', expect: 'Jagdschein', within: 1 },
];
