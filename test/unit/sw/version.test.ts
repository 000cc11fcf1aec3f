import { describe, expect, it } from 'vitest';
import { buildVersion } from '../../../sw/version.ts';

const build = [
  { url: 'index.html', revision: 'a1' },
  { url: 'assets/index-3f9c.js', revision: null },
  'manifest.webmanifest',
];

describe('the build version the service worker reports', () => {
  it('is a short hexadecimal id', () => {
    expect(buildVersion(build)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('stays the same for the same files, whatever their order', () => {
    expect(buildVersion([...build].reverse())).toBe(buildVersion(build));
  });

  it('changes when one precached file changes', () => {
    const changed = [{ url: 'index.html', revision: 'a2' }, ...build.slice(1)];
    expect(buildVersion(changed)).not.toBe(buildVersion(build));
  });

  it('changes when a file is added', () => {
    expect(buildVersion([...build, 'icons/icon-192.png'])).not.toBe(buildVersion(build));
  });
});
