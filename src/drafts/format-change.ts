const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * When a draft was last changed, in the given language: relative within the last day ("vor
 * 5 Minuten", "vor 3 Stunden"), else date and time ("12.03.2026, 14:05"), which stays
 * unambiguous when the list is read days later.
 */
export function formatLastChange(updatedAt: number, now: number, language: string): string {
  const ago = Math.max(0, now - updatedAt);
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (ago < MINUTE) return relative.format(0, 'second');
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < 24 * HOUR) return relative.format(-Math.floor(ago / HOUR), 'hour');
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    updatedAt,
  );
}
