import { describe, expect, it } from 'vitest';
import { chooseEncoding, ifNoneMatchMatches } from '../../../src/server/http/negotiation.ts';

describe('choosing a content coding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    ['GZIP', 'gzip'],
  ])('answers Accept-Encoding %j with %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('matching If-None-Match', () => {
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x",W/"abc" , "y"', true],
    ['*', true],
    ['"abd"', false],
    ['abc', false],
    [undefined, false],
  ])('treats %j as %s for the ETag "abc"', (header, expected) => {
    expect(ifNoneMatchMatches(header, '"abc"')).toBe(expected);
  });
});
