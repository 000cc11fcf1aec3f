/**
 * Words people say that the catalogue does not use, mapped to the catalogue's own words.
 * Curated data: keep entries few and obvious, and check each target against catalogue.json.
 *
 * A key is one or two words as a person types them (folded like everything else, so "Bürgergeld"
 * also covers "buergergeld"). A value lists catalogue phrases; a service matches the key when
 * it contains all words of any one phrase, in any order, in any field. The key itself is still
 * searched too, so an entry only adds matches.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // Moving house: the catalogue says Wohnsitz Anmeldung / Änderung (OZG: Wohnsitzmeldungen).
  umzug: ['Wohnsitz Anmeldung', 'Wohnsitz Änderung'],
  umziehen: ['Wohnsitz Anmeldung', 'Wohnsitz Änderung'],
  ummelden: ['Wohnsitz Anmeldung', 'Wohnsitz Änderung'],
  ummeldung: ['Wohnsitz Anmeldung', 'Wohnsitz Änderung'],
  'wohnung anmelden': ['Wohnsitz Anmeldung'],
  'wohnung ummelden': ['Wohnsitz Anmeldung', 'Wohnsitz Änderung'],
  'wohnung abmelden': ['Wohnsitz Abmeldung'],
  'adresse ändern': ['Wohnsitz Änderung'],
  meldebescheinigung: ['Meldebestätigung', 'Melderegisterauskunft'],
  // Basic income support, renamed twice since the catalogue was written.
  bürgergeld: ['Arbeitslosengeld II'],
  hartz: ['Arbeitslosengeld II'],
  'hartz 4': ['Arbeitslosengeld II'],
  'hartz iv': ['Arbeitslosengeld II'],
  'alg 2': ['Arbeitslosengeld II'],
  alg2: ['Arbeitslosengeld II'],
  'alg ii': ['Arbeitslosengeld II'],
  'arbeitslosengeld 2': ['Arbeitslosengeld II'],
  stütze: ['Arbeitslosengeld II'],
  sozialhilfe: ['Hilfe zum Lebensunterhalt', 'Grundsicherung'],
  // Documents by their everyday names.
  ausweis: ['Personalausweis'],
  perso: ['Personalausweis'],
  pass: ['Reisepass'],
  kinderpass: ['Kinderreisepass'],
  'polizeiliches führungszeugnis': ['Führungszeugnis'],
  lappen: ['Führerschein'],
  'steuer id': ['Steueridentifikationsnummer'],
  steuernummer: ['Steueridentifikationsnummer'],
  // Childcare.
  kita: ['Kindertagesstätte', 'Kindertagesbetreuung', 'Kindertagespflege'],
  kindergarten: ['Kindertagesstätte', 'Kindertagesbetreuung'],
  krippe: ['Kindertagesstätte', 'Kindertagespflege'],
  tagesmutter: ['Kindertagespflege'],
  'schule anmelden': ['Schulen Aufnahme', 'Einschulung'],
  schulanmeldung: ['Schulen Aufnahme', 'Einschulung'],
  bafög: ['Ausbildungsförderung'],
  wbs: ['Wohnberechtigungsschein'],
  miete: ['Wohngeld'],
  mietzuschuss: ['Wohngeld'],
  angelschein: ['Fischereischein'],
  // Family events.
  ehe: ['Eheschließung'],
  heirat: ['Eheschließung'],
  heiraten: ['Eheschließung'],
  hochzeit: ['Eheschließung'],
  standesamt: ['Eheschließung', 'Geburtsurkunde'],
  baby: ['Geburt', 'Elterngeld', 'Kindergeld'],
  beerdigung: ['Bestattung', 'Sterbeurkunde'],
  tod: ['Sterbefall', 'Sterbeurkunde'],
  // Lost or stolen things: the catalogue says Verlust / Diebstahl.
  verloren: ['Verlust'],
  weg: ['Verlust'],
  gestohlen: ['Diebstahl'],
  geklaut: ['Diebstahl'],
  // Pets, cars, parking, waste.
  hund: ['Hundesteuer', 'Hundehaltung'],
  auto: ['Kraftfahrzeug'],
  kfz: ['Kraftfahrzeug'],
  anwohnerparkausweis: ['Bewohnerparkausweis'],
  anwohnerparken: ['Bewohnerparkausweis'],
  behindertenausweis: ['Schwerbehindertenausweis'],
  müll: ['Abfall', 'Sperrmüll'],
  mülltonne: ['Abfallbehälter'],
  gez: ['Rundfunkbeitrag'],
  // Residence and citizenship.
  staatsbürgerschaft: ['Einbürgerung', 'Staatsangehörigkeit'],
  aufenthaltsgenehmigung: ['Aufenthaltserlaubnis', 'Aufenthaltstitel'],
  visa: ['Visum'],
  flüchtling: ['Asyl', 'Flüchtlinge'],
  // Business.
  gewerbeschein: ['Gewerbe Anmeldung'],
  firma: ['Gewerbe', 'Unternehmen'],
  selbstständig: ['Gewerbe Anmeldung', 'Selbstständige Tätigkeit'],
};
