/**
 * Calendar dates without time zones: ISO 'YYYY-MM-DD' strings, dates typed as day / month / year
 * (GOV.UK pattern) and relative bounds such as 'today-18y'. No Date objects in the arithmetic, so
 * results do not depend on the device's time zone.
 */
import type { DateParts } from './form-types.ts';

/** What is wrong with a typed date (a validation code). */
export type DateProblem =
  | 'date.missingDay'
  | 'date.missingMonth'
  | 'date.missingYear'
  | 'date.missingDayMonth'
  | 'date.missingDayYear'
  | 'date.missingMonthYear'
  | 'date.yearDigits'
  | 'date.invalid';

/** The outcome of reading a typed date: an ISO date, a problem, or nothing typed. */
export type DatePartsResult = { iso: string } | { problem: DateProblem } | { empty: true };

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const RELATIVE = /^today(?:\s*([+-])\s*(\d{1,3})\s*([dmy]))?$/;

/** True in leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads a typed date; each problem names what the person has to fix. */
export function readDateParts(parts: DateParts): DatePartsResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const missing = `${day ? '' : 'Day'}${month ? '' : 'Month'}${year ? '' : 'Year'}`;
  if (missing === 'DayMonthYear') return { empty: true };
  if (missing !== '') return { problem: `date.missing${missing}` as DateProblem };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d+$/.test(year)) {
    return { problem: 'date.invalid' };
  }
  if (year.length !== 4) return { problem: 'date.yearDigits' };
  const ymd = { year: Number(year), month: Number(month), day: Number(day) };
  return isRealDate(ymd) ? { iso: formatIso(ymd) } : { problem: 'date.invalid' };
}

/** True when every part of a typed date is empty. */
export function isEmptyDateParts(parts: DateParts): boolean {
  return parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '';
}

/** The ISO date of a valid 'YYYY-MM-DD' string, else null. */
export function parseIsoDate(text: string): string | null {
  const ymd = toYmd(text);
  return ymd ? text : null;
}

/**
 * Resolves a date bound: 'YYYY-MM-DD', 'today', or 'today' plus or minus days, months or years
 * ('today-18y', 'today+1m', 'today-30d'). Null when the text is none of these.
 */
export function resolveDate(text: string, today: string): string | null {
  const trimmed = text.trim();
  if (ISO.test(trimmed)) return parseIsoDate(trimmed);
  const relative = RELATIVE.exec(trimmed);
  if (!relative) return null;
  const [, sign, amount, unit] = relative;
  if (sign === undefined || amount === undefined || unit === undefined) return today;
  const signed = (sign === '-' ? -1 : 1) * Number(amount);
  return addToDate(today, signed, unit as 'd' | 'm' | 'y');
}

/** Adds days, months or years; a day that does not exist in the target month becomes its last day. */
export function addToDate(iso: string, amount: number, unit: 'd' | 'm' | 'y'): string {
  const start = toYmd(iso);
  if (!start) throw new RangeError(`not an ISO date: ${iso}`);
  if (unit === 'd') {
    const utc = Date.UTC(start.year, start.month - 1, start.day + amount);
    return new Date(utc).toISOString().slice(0, 10);
  }
  const months = start.year * 12 + (start.month - 1) + (unit === 'y' ? amount * 12 : amount);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return formatIso({ year, month, day: Math.min(start.day, daysInMonth(year, month)) });
}

/**
 * Full years from one date to a later one, as German law counts age (BGB §§ 187, 188): someone
 * born on 29 February completes a year on 1 March in common years. Negative when `to` is earlier.
 */
export function fullYearsBetween(from: string, to: string): number {
  const a = toYmd(from);
  const b = toYmd(to);
  if (!a || !b) throw new RangeError(`not ISO dates: ${from}, ${to}`);
  if (to < from) return -fullYearsBetween(to, from);
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}

/** Today's date on this device's calendar, as ISO. */
export function localToday(now: Date = new Date()): string {
  return formatIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** An ISO date as Germans write it: 'DD.MM.YYYY'. */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

function toYmd(text: string): Ymd | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(ymd) ? ymd : null;
}

function isRealDate({ year, month, day }: Ymd): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function formatIso({ year, month, day }: Ymd): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
