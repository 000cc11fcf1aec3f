import { describe, expect, it } from 'vitest';
import { parseSwRequest } from '../../../sw/messages.ts';

describe('messages the service worker accepts', () => {
  it('accepts the update request exactly as workbox-window sends it', () => {
    expect(parseSwRequest({ type: 'SKIP_WAITING' })).toEqual({ type: 'SKIP_WAITING' });
  });

  it('accepts the version question', () => {
    expect(parseSwRequest({ type: 'GET_VERSION' })).toEqual({ type: 'GET_VERSION' });
  });

  it('keeps only the type of a known message', () => {
    expect(parseSwRequest({ type: 'SKIP_WAITING', extra: 1 })).toEqual({ type: 'SKIP_WAITING' });
  });

  it('accepts a request to keep a language offline, with a language code only', () => {
    expect(parseSwRequest({ type: 'CACHE_LANGUAGE', lang: 'de-x-ls' })).toEqual({
      type: 'CACHE_LANGUAGE',
      lang: 'de-x-ls',
    });
    expect(parseSwRequest({ type: 'CACHE_LANGUAGE', lang: '../../api' })).toBeNull();
    expect(parseSwRequest({ type: 'CACHE_LANGUAGE' })).toBeNull();
  });

  it.each([null, undefined, 'SKIP_WAITING', 42, {}, { type: 'CLEAR_CACHE' }, { type: 7 }])(
    'ignores the foreign message %j',
    (data) => {
      expect(parseSwRequest(data)).toBeNull();
    },
  );
});
