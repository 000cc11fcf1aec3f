/** German postcodes (Postleitzahl): five digits from 01001 to 99998; no code starts with 00. */

/** True for a possible German postcode. Surrounding spaces are fine. */
export function isValidPlz(value: string): boolean {
  const plz = value.trim();
  if (!/^[0-9]{5}$/.test(plz)) return false;
  const number = Number(plz);
  return number >= 1001 && number <= 99998;
}
