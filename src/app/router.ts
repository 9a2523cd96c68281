/**
 * Hash routes, so the app runs from any static file server: #/parcels, #/recovery, #/plan,
 * #/registry, #/present/<plotCode>, #/field. Unknown routes fall back to #/parcels.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'parcels'; parcelId: string | null }
  | { name: 'recovery' }
  | { name: 'plan' }
  | { name: 'registry' }
  | { name: 'field' }
  | { name: 'present'; plotCode: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0];
  const [head, ...rest] = path.split('/').map((part) => decodeURIComponent(part));
  switch (head) {
    case 'recovery': return { name: 'recovery' };
    case 'plan': return { name: 'plan' };
    case 'registry': return { name: 'registry' };
    case 'field': return { name: 'field' };
    case 'present': return { name: 'present', plotCode: rest.join('/') };
    case 'parcels': return { name: 'parcels', parcelId: rest.length >= 2 ? `${rest[0]}/${rest[1]}` : null };
    default: return { name: 'parcels', parcelId: null };
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'parcels': return route.parcelId ? `#/parcels/${route.parcelId}` : '#/parcels';
    case 'present': return `#/present/${encodeURIComponent(route.plotCode)}`;
    default: return `#/${route.name}`;
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route, re-rendering on hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseRoute(hash);
}

/** Changes the route without adding a history entry when only a selection changes. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (options.replace) window.history.replaceState(null, '', href);
  else window.location.hash = href.slice(1);
  if (options.replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}
