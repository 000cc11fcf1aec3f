import { beforeAll, describe, expect, it, vi } from 'vitest';
import { NAVIGATION_DENYLIST } from '../../../sw/routes.ts';

type Match = (options: { url: URL; request: { mode: RequestMode } }) => boolean;

let answersFromShell: (path: string) => boolean;

beforeAll(async () => {
  // Workbox's dev logger reads `self` when loaded; Node has none, so lend it globalThis, muted.
  vi.stubGlobal('self', globalThis);
  vi.stubGlobal('__WB_DISABLE_DEV_LOGS', true);
  const { NavigationRoute } = await import('workbox-routing');
  const route = new NavigationRoute(() => Promise.resolve(new Response('shell')), {
    denylist: [...NAVIGATION_DENYLIST],
  });
  const match = route.match as unknown as Match;
  answersFromShell = (path) =>
    Boolean(match({ url: new URL(path, 'https://lotse.example'), request: { mode: 'navigate' } }));
});

describe('navigations while offline', () => {
  it.each(['/', '/service/99115001000000', '/browse/tf-x', '/form/S60000011V1.2', '/?lang=ar'])(
    'opens the app route %s from the cached app shell',
    (path) => {
      expect(answersFromShell(path)).toBe(true);
    },
  );

  it.each(['/api/', '/api', '/api?x=1', '/api/catalogue/version', '/api/catalogue?since=3'])(
    'leaves the API address %s to the network',
    (path) => {
      expect(answersFromShell(path)).toBe(false);
    },
  );

  it('treats paths that merely start with "api" as app routes', () => {
    expect(answersFromShell('/apiary')).toBe(true);
  });
});
