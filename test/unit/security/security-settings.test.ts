import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SECURITY_SETTINGS,
  parseSecuritySettings,
  retentionOptions,
} from '../../../src/security/ui/security-settings.ts';
import { enrollmentProblem } from '../../../src/security/ui/enrollment-problem.ts';

describe('security settings', () => {
  it('uses the issue defaults when nothing is stored: 5 min idle, 30 s hidden, 10 tries, 7/30/7 days', () => {
    expect(parseSecuritySettings(null)).toEqual({
      idleMs: 300_000,
      hiddenGraceMs: 30_000,
      maxAttempts: 10,
      sentDays: 7,
      staleDays: 30,
      staleGraceDays: 7,
    });
  });

  it('takes the stored overrides that tests use', () => {
    expect(parseSecuritySettings('{"idleMs":1500,"sentDays":0,"maxAttempts":5}')).toEqual({
      ...DEFAULT_SECURITY_SETTINGS,
      idleMs: 1_500,
      sentDays: 0,
      maxAttempts: 5,
    });
  });

  it('moves values outside the bounds to the nearest bound and rounds counts', () => {
    const settings = parseSecuritySettings(
      JSON.stringify({ idleMs: 5, hiddenGraceMs: -1, maxAttempts: 2.6, sentDays: 1e9 }),
    );
    expect(settings.idleMs).toBe(1_000);
    expect(settings.hiddenGraceMs).toBe(0);
    expect(settings.maxAttempts).toBe(3);
    expect(settings.sentDays).toBe(3_650);
    expect(parseSecuritySettings('{"maxAttempts":1000}').maxAttempts).toBe(100);
  });

  it('keeps fractions of days (half a day is a valid retention)', () => {
    expect(parseSecuritySettings('{"staleDays":0.5}').staleDays).toBe(0.5);
  });

  it('ignores broken JSON, non-objects, non-numbers and unknown keys', () => {
    expect(parseSecuritySettings('{idleMs: 1}')).toEqual(DEFAULT_SECURITY_SETTINGS);
    expect(parseSecuritySettings('[1500]')).toEqual(DEFAULT_SECURITY_SETTINGS);
    expect(parseSecuritySettings('"1500"')).toEqual(DEFAULT_SECURITY_SETTINGS);
    expect(
      parseSecuritySettings('{"idleMs":"1500","sentDays":null,"staleDays":1e999,"other":1}'),
    ).toEqual(DEFAULT_SECURITY_SETTINGS);
  });

  it('hands only the retention periods to the worker', () => {
    expect(retentionOptions(DEFAULT_SECURITY_SETTINGS)).toEqual({
      sentDays: 7,
      staleDays: 30,
      staleGraceDays: 7,
    });
  });
});

describe('enrollment problems', () => {
  it('tells a wrong, expired or used code, too many tries, and no connection apart', () => {
    expect(enrollmentProblem('enrollment_code_invalid')).toBe('invalid');
    expect(enrollmentProblem('invalid_request')).toBe('invalid');
    expect(enrollmentProblem('enrollment_code_expired')).toBe('expired');
    expect(enrollmentProblem('enrollment_code_used')).toBe('used');
    expect(enrollmentProblem('rate_limited')).toBe('rateLimited');
    expect(enrollmentProblem('network')).toBe('network');
    expect(enrollmentProblem('timeout')).toBe('network');
    expect(enrollmentProblem('server')).toBe('network');
  });
});
