/** A screen of the app and its parameters, parsed from the URL. */
export type Route =
  | { name: 'home' }
  | { name: 'browse'; groupId: string }
  | { name: 'service'; serviceId: string }
  | { name: 'search'; query: string }
  | { name: 'draft'; draftId: string }
  | { name: 'print'; draftId: string }
  | { name: 'setup' }
  | { name: 'not-found' };

/** The path of the device and privacy settings (enrollment, passphrase, own profile). */
const SETUP_PATH = 'einrichten';

/** The route for a location (pathname + search). */
export function parseRoute(pathname: string, search = ''): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = parts;
  if (!first) return { name: 'home' };
  if (first === 'browse' && second && rest.length === 0) return { name: 'browse', groupId: second };
  if (first === 'service' && second && rest.length === 0) {
    return { name: 'service', serviceId: second };
  }
  if (first === 'draft' && second && rest.length === 0) return { name: 'draft', draftId: second };
  if (first === 'draft' && second && rest.length === 1 && rest[0] === 'print') {
    return { name: 'print', draftId: second };
  }
  if (first === SETUP_PATH && !second) return { name: 'setup' };
  if (first === 'search' && !second) {
    return { name: 'search', query: new URLSearchParams(search).get('q') ?? '' };
  }
  return { name: 'not-found' };
}

/** The URL of a route, the inverse of parseRoute. */
export function routeUrl(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'not-found':
      return '/';
    case 'browse':
      return `/browse/${encodeURIComponent(route.groupId)}`;
    case 'service':
      return `/service/${encodeURIComponent(route.serviceId)}`;
    case 'draft':
      return `/draft/${encodeURIComponent(route.draftId)}`;
    case 'print':
      return `/draft/${encodeURIComponent(route.draftId)}/print`;
    case 'setup':
      return `/${SETUP_PATH}`;
    case 'search':
      return route.query
        ? `/search?${new URLSearchParams({ q: route.query }).toString()}`
        : '/search';
  }
}
