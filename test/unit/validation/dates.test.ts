import { describe, expect, it } from 'vitest';
import {
  addToDate,
  displayDate,
  fullYearsBetween,
  readDateParts,
  resolveDate,
} from '../../../src/validation/index.ts';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('dates typed as day, month and year', () => {
  it('reads a complete date, with or without leading zeros', () => {
    expect(readDateParts(parts('27', '3', '1985'))).toEqual({ iso: '1985-03-27' });
    expect(readDateParts(parts('07', '03', '1985'))).toEqual({ iso: '1985-03-07' });
    expect(readDateParts(parts(' 1 ', ' 1 ', ' 2000 '))).toEqual({ iso: '2000-01-01' });
  });

  it('knows leap years: 29 February 2000 and 2024 exist, 1900 and 2023 do not', () => {
    expect(readDateParts(parts('29', '2', '2000'))).toEqual({ iso: '2000-02-29' });
    expect(readDateParts(parts('29', '2', '2024'))).toEqual({ iso: '2024-02-29' });
    expect(readDateParts(parts('29', '2', '1900'))).toEqual({ problem: 'date.invalid' });
    expect(readDateParts(parts('29', '2', '2023'))).toEqual({ problem: 'date.invalid' });
  });

  it('says exactly which part is missing', () => {
    expect(readDateParts(parts('', '3', '1985'))).toEqual({ problem: 'date.missingDay' });
    expect(readDateParts(parts('27', '', '1985'))).toEqual({ problem: 'date.missingMonth' });
    expect(readDateParts(parts('27', '3', ''))).toEqual({ problem: 'date.missingYear' });
    expect(readDateParts(parts('', '', '1985'))).toEqual({ problem: 'date.missingDayMonth' });
    expect(readDateParts(parts('', '3', ''))).toEqual({ problem: 'date.missingDayYear' });
    expect(readDateParts(parts('27', ' ', ''))).toEqual({ problem: 'date.missingMonthYear' });
    expect(readDateParts(parts('', ' ', ''))).toEqual({ empty: true });
  });

  it('rejects dates that do not exist and years without four digits', () => {
    expect(readDateParts(parts('31', '4', '2024'))).toEqual({ problem: 'date.invalid' });
    expect(readDateParts(parts('1', '13', '2024'))).toEqual({ problem: 'date.invalid' });
    expect(readDateParts(parts('0', '1', '2024'))).toEqual({ problem: 'date.invalid' });
    expect(readDateParts(parts('1', 'Mai', '2024'))).toEqual({ problem: 'date.invalid' });
    expect(readDateParts(parts('1', '5', '85'))).toEqual({ problem: 'date.yearDigits' });
    expect(readDateParts(parts('1', '5', '19855'))).toEqual({ problem: 'date.yearDigits' });
  });
});

describe('relative dates', () => {
  const today = '2025-03-31';

  it('resolves today, days, months and years forwards and backwards', () => {
    expect(resolveDate('today', today)).toBe('2025-03-31');
    expect(resolveDate('today-18y', today)).toBe('2007-03-31');
    expect(resolveDate('today+1m', today)).toBe('2025-04-30');
    expect(resolveDate('today-1m', today)).toBe('2025-02-28');
    expect(resolveDate('today+1d', today)).toBe('2025-04-01');
    expect(resolveDate('today - 30d', today)).toBe('2025-03-01');
    expect(resolveDate('2020-02-29', today)).toBe('2020-02-29');
  });

  it('rejects anything else as a bound', () => {
    expect(resolveDate('yesterday', today)).toBeNull();
    expect(resolveDate('today-18', today)).toBeNull();
    expect(resolveDate('2023-02-29', today)).toBeNull();
    expect(resolveDate('31.03.2025', today)).toBeNull();
  });

  it('moves 29 February to 28 February in common years', () => {
    expect(addToDate('2024-02-29', 1, 'y')).toBe('2025-02-28');
    expect(addToDate('2024-02-29', -4, 'y')).toBe('2020-02-29');
    expect(addToDate('2024-12-31', 2, 'm')).toBe('2025-02-28');
  });
});

describe('full years', () => {
  it('counts a birthday as reached on the day itself', () => {
    expect(fullYearsBetween('2007-03-31', '2025-03-30')).toBe(17);
    expect(fullYearsBetween('2007-03-31', '2025-03-31')).toBe(18);
  });

  it('lets someone born on 29 February complete a year on 1 March in common years', () => {
    expect(fullYearsBetween('2004-02-29', '2022-02-28')).toBe(17);
    expect(fullYearsBetween('2004-02-29', '2022-03-01')).toBe(18);
  });

  it('is negative when the second date is earlier', () => {
    expect(fullYearsBetween('2025-01-01', '2020-01-01')).toBe(-5);
  });

  it('prints dates the German way', () => {
    expect(displayDate('2007-03-31')).toBe('31.03.2007');
  });
});
