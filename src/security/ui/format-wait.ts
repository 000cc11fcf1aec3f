/** Waiting times on the lock screen, in words of the UI language. */

/**
 * A waiting time in words: "8 Sekunden", "1 Minute, 5 Sekunden", "5 minutes". Rounded up to
 * whole seconds, so the countdown never shows 0 while a try is still refused.
 */
export function formatWait(ms: number, language: string): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(
      value,
    );
  const parts: string[] = [];
  if (minutes > 0) parts.push(unit(minutes, 'minute'));
  if (seconds > 0 || minutes === 0) parts.push(unit(seconds, 'second'));
  return new Intl.ListFormat(language, { type: 'unit', style: 'long' }).format(parts);
}
