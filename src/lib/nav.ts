/**
 * The site's main navigation, in one list: the header (menu on phones, a row
 * on wide screens) renders it, so a new section is one entry here plus its
 * label in the dictionaries.
 */
import type { Dictionary } from '../i18n/types';

export interface NavEntry {
  /** Language-neutral path of the section. */
  path: string;
  label: (dict: Dictionary) => string;
  /** Whether a page (by language-neutral path) belongs to this section, for aria-current. */
  contains: (path: string) => boolean;
}

const exactly = (target: string) => (path: string) => path === target;

export const NAV: readonly NavEntry[] = [
  {
    path: '/',
    label: (d) => d.nav.home,
    contains: (p) => p === '/' || p.startsWith('/cases/') || p.startsWith('/page/'),
  },
  { path: '/compare/', label: (d) => d.nav.compare, contains: (p) => p.startsWith('/compare/') },
  { path: '/timeline/', label: (d) => d.nav.timeline, contains: (p) => p.startsWith('/timeline/') },
  { path: '/istio-today/', label: (d) => d.nav.istioToday, contains: exactly('/istio-today/') },
  { path: '/search/', label: (d) => d.nav.search, contains: exactly('/search/') },
  { path: '/about/', label: (d) => d.nav.about, contains: exactly('/about/') },
];
