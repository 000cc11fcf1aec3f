import { describe, expect, it } from 'vitest';
import { parseRoute, routeUrl, type Route } from '../../../src/app/routes.ts';

describe('routes', () => {
  it('reads every screen from its URL', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/browse/tf-bauen-wohnen')).toEqual({
      name: 'browse',
      groupId: 'tf-bauen-wohnen',
    });
    expect(parseRoute('/service/99115005104000')).toEqual({
      name: 'service',
      serviceId: '99115005104000',
    });
    expect(parseRoute('/search', '?q=wohnung%20anmelden')).toEqual({
      name: 'search',
      query: 'wohnung anmelden',
    });
  });

  it('sends unknown and malformed paths to the not-found screen', () => {
    expect(parseRoute('/browse')).toEqual({ name: 'not-found' });
    expect(parseRoute('/service/a/b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/nothing-here')).toEqual({ name: 'not-found' });
  });

  it('writes URLs that read back as the same route, also with umlauts and spaces', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'browse', groupId: 'll-geburt' },
      { name: 'service', serviceId: 'x-1a2b' },
      { name: 'draft', draftId: '0b6f3c1e-5d1a-4c33-9a55-3b1f0e2a9d10' },
      { name: 'print', draftId: '0b6f3c1e-5d1a-4c33-9a55-3b1f0e2a9d10' },
      { name: 'search', query: 'Führerschein & Umzug' },
      { name: 'setup' },
    ];
    for (const route of routes) {
      const url = new URL(routeUrl(route), 'http://lotse.test');
      expect(parseRoute(url.pathname, url.search)).toEqual(route);
    }
  });
});
