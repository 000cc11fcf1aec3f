/**
 * Phone numbers as people write them in Germany: "+49 30 1234567", "030 / 123 45 67",
 * "(030) 123-4567", "0049 …", "0171 1234567". Starts with + or 0 (an area code is needed so the
 * office can call back), 6 to 20 digits, only spaces, slashes, hyphens, dots and parentheses between.
 */

/** True for a plausible German or international phone number. */
export function isValidPhone(value: string): boolean {
  const phone = value.trim();
  if (!/^\(?(?:\+|0)[0-9\s/().-]*[0-9]$/.test(phone)) return false;
  if (!balancedParentheses(phone)) return false;
  if (/[/.-]{2,}/.test(phone)) return false;
  const digits = phone.replace(/[^0-9]/g, '').length;
  return digits >= 6 && digits <= 20;
}

function balancedParentheses(phone: string): boolean {
  let open = 0;
  for (const character of phone) {
    if (character === '(') open += 1;
    if (character === ')') open -= 1;
    if (open < 0 || open > 1) return false;
  }
  return open === 0;
}
