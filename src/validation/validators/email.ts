/**
 * Pragmatic e-mail check: what a person can mistype, not RFC 5322 in full. One @, a local part and
 * a domain with a dot, no spaces, at most 254 characters (RFC 5321 path limit).
 */

const LOCAL = /^[^\s@"(),:;<>[\\\]]{1,64}$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** True for a plausible e-mail address. Surrounding spaces are fine. */
export function isValidEmail(value: string): boolean {
  const email = value.trim();
  if (email.length > 254) return false;
  const at = email.indexOf('@');
  if (at < 1 || at !== email.lastIndexOf('@')) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return false;
  }
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const top = labels[labels.length - 1]!;
  return labels.every((label) => LABEL.test(label)) && /^\p{L}{2,}$/u.test(top);
}
