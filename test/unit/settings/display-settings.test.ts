import { describe, expect, it } from 'vitest';
import {
  parseDisplaySettings,
  systemDisplaySettings,
} from '../../../src/settings/display-settings.ts';

describe('display settings', () => {
  it('follow the system on the first visit: more contrast or forced colours mean high contrast', () => {
    const system = (...queries: string[]) =>
      systemDisplaySettings((query) => queries.includes(query));
    expect(system()).toEqual({ theme: 'default', text: 'normal' });
    expect(system('(prefers-contrast: more)')).toEqual({ theme: 'contrast', text: 'normal' });
    expect(system('(forced-colors: active)')).toEqual({ theme: 'contrast', text: 'normal' });
  });

  it('read back what was stored and ignore anything else', () => {
    expect(parseDisplaySettings('{"theme":"contrast","text":"large"}')).toEqual({
      theme: 'contrast',
      text: 'large',
    });
    expect(parseDisplaySettings(null)).toBeNull();
    expect(parseDisplaySettings('not json')).toBeNull();
    expect(parseDisplaySettings('{"theme":"dark","text":"large"}')).toBeNull();
    expect(parseDisplaySettings('{"theme":"default","text":"huge"}')).toBeNull();
  });
});
