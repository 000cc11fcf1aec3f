import { describe, expect, it } from 'vitest';
import { checkSteuerId, mod11x10CheckDigit } from '../../../src/validation/index.ts';

// Example numbers from ELSTER, "Prüfung der Steuer- und Steueridentifikationsnummer", chapter 2
// (as collected in rechtlogisch/steuer-id tests/Datasets/OfficialExamples.php); each check digit
// is recomputed below. 02476291358 is an ELSTER test number: it starts with 0, which real ones never do.
const ELSTER_EXAMPLES = ['86095742719', '47036892816', '65929970489', '57549285017', '25768131411'];

describe('Steuer-Identifikationsnummer (ISO 7064 MOD 11,10 and the repeated-digit rule)', () => {
  it.each(ELSTER_EXAMPLES)('accepts the ELSTER example %s', (id) => {
    expect(mod11x10CheckDigit(id.slice(0, 10))).toBe(Number(id[10]));
    expect(checkSteuerId(id)).toBeNull();
  });

  it('computes the check digit 9 of the commonly cited 86095742719', () => {
    expect(mod11x10CheckDigit('8609574271')).toBe(9);
  });

  it('accepts the number with the spaces printed on a tax assessment', () => {
    expect(checkSteuerId('86 095 742 719')).toBeNull();
    // python-stdnum's doc example
    expect(checkSteuerId('36 574 261 809')).toBeNull();
  });

  it('rejects a changed check digit or a changed digit', () => {
    expect(checkSteuerId('86095742718')).toBe('steuerId.checksum');
    expect(checkSteuerId('86095742619')).toBe('steuerId.checksum');
    expect(checkSteuerId('36574261890')).toBe('steuerId.checksum');
    expect(checkSteuerId('26954371820')).toBe('steuerId.checksum');
  });

  it('rejects the ELSTER test number that starts with 0', () => {
    expect(mod11x10CheckDigit('0247629135')).toBe(8);
    expect(checkSteuerId('02476291358')).toBe('steuerId.format');
  });

  it('rejects numbers whose first ten digits are all different, even with a correct check digit', () => {
    expect(mod11x10CheckDigit('1234567890')).toBe(3);
    expect(checkSteuerId('12345678903')).toBe('steuerId.checksum');
  });

  it('accepts one digit twice, or three times when not all three in a row', () => {
    expect(checkSteuerId('11234567890')).toBeNull();
    expect(checkSteuerId('65929970489')).toBeNull();
  });

  it('rejects a digit three times in a row (rule since 2016), even with a correct check digit', () => {
    expect(mod11x10CheckDigit('6529997048')).toBe(0);
    expect(checkSteuerId('65299970480')).toBe('steuerId.checksum');
    expect(checkSteuerId('11123456786')).toBe('steuerId.checksum');
  });

  it('rejects a digit four times, or two different digits repeated', () => {
    expect(checkSteuerId(`1111234567${mod11x10CheckDigit('1111234567')}`)).toBe(
      'steuerId.checksum',
    );
    expect(checkSteuerId(`1122345678${mod11x10CheckDigit('1122345678')}`)).toBe(
      'steuerId.checksum',
    );
    expect(checkSteuerId('36554266806')).toBe('steuerId.checksum');
  });

  it('asks for 11 digits when digits are missing or letters were typed', () => {
    expect(checkSteuerId('8609574271')).toBe('steuerId.format');
    expect(checkSteuerId('860957427190')).toBe('steuerId.format');
    expect(checkSteuerId('A6095742719')).toBe('steuerId.format');
    expect(checkSteuerId('')).toBe('steuerId.format');
  });
});
