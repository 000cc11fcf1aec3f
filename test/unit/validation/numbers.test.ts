import { describe, expect, it } from 'vitest';
import { parseGermanNumber, parseNumberText } from '../../../src/validation/index.ts';

describe('parseGermanNumber', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1234,56', 1234.56],
    ['1234.56', 1234.56],
    ['1234,5', 1234.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1,234.56', 1234.56],
    ['1 234,56', 1234.56],
    ['1\u00a0234,56', 1234.56],
    ['0,5', 0.5],
    ['0.234', 0.234],
    ['1234.567', 1234.567],
    ['-12,5', -12.5],
    ['+3', 3],
    ['  42  ', 42],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseGermanNumber(text)).toBe(value);
  });

  it.each([
    '1.2.3,4',
    '1.23.456',
    '12.34,5',
    '1,2,3',
    '1.234,56,7',
    '1.234 567',
    ',5',
    '5,',
    '1..2',
    'abc',
    '12a',
    '1e5',
    '0x10',
    'Infinity',
    '',
    ' ',
    '--5',
  ])('rejects %j', (text) => {
    expect(parseGermanNumber(text)).toBeNull();
  });

  it('tells how many decimals were typed, for money', () => {
    expect(parseNumberText('12,50')).toEqual({ value: 12.5, decimals: 2 });
    expect(parseNumberText('12,505')).toEqual({ value: 12.505, decimals: 3 });
    expect(parseNumberText('1.250')).toEqual({ value: 1250, decimals: 0 });
  });
});
