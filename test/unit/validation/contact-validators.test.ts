import { describe, expect, it } from 'vitest';
import { isValidEmail, isValidPhone, isValidPlz } from '../../../src/validation/index.ts';

describe('Postleitzahl', () => {
  it.each(['01001', '10117', '80331', '99998', ' 20095 '])('accepts %s', (plz) => {
    expect(isValidPlz(plz)).toBe(true);
  });

  it.each(['00123', '01000', '99999', '1011', '101170', '1O117', '10 117', ''])(
    'rejects %j',
    (plz) => {
      expect(isValidPlz(plz)).toBe(false);
    },
  );
});

describe('e-mail address', () => {
  it.each([
    'erika.mustermann@example.de',
    'e+tag@sub.example.org',
    'info@bürgeramt.de',
    "o'brien@example.ie",
    '  name@example.com ',
  ])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    'erika.mustermann',
    'erika@',
    '@example.de',
    'erika@example',
    'erika@@example.de',
    'erika@exa mple.de',
    'erika mustermann@example.de',
    'erika@example..de',
    'erika.@example.de',
    'erika@-example.de',
    'erika@example.d',
    `${'a'.repeat(60)}@${'b'.repeat(190)}.de`,
  ])('rejects %j', (email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('phone number', () => {
  it.each([
    '+49 30 1234567',
    '+49 (0)30 1234567',
    '030 1234567',
    '030/1234567',
    '030 / 123 45 67',
    '(030) 123-4567',
    '0171 1234567',
    '0049 30 1234567',
    '+90 212 555 12 34',
  ])('accepts %s', (phone) => {
    expect(isValidPhone(phone)).toBe(true);
  });

  it.each([
    '1234567',
    '030 12',
    '+49 30 12345678901234567890',
    '030 1234567 Durchwahl 12',
    '030--1234567',
    '+49 +30 1234567',
    '(030 1234567',
    '030) 1234567',
    'null',
    '',
  ])('rejects %j', (phone) => {
    expect(isValidPhone(phone)).toBe(false);
  });
});
