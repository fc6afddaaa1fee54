/**
 * Every internal URL is made here, so the site works both at the root of a
 * domain and under a GitHub Pages project path such as /istio-production-cases/,
 * and every language's pages sit under its prefix from the languages table.
 */
import { LANGS, LANGUAGES, type Lang } from './languages';

/** The language-neutral paths of the pages that are not case studies. */
const STATIC_PAGES = ['/', '/search/', '/about/', '/compare/', '/timeline/', '/istio-today/'] as const;

/** The language-neutral path of a case study. */
export const casePath = (slug: string) => `/cases/${slug}/`;

/** All language-neutral page paths for a set of case slugs. */
export function allPagePaths(slugs: readonly string[]): string[] {
  return [...STATIC_PAGES, ...slugs.map(casePath)];
}

/** Join a base path (`/` or `/repo/`) and a site path (`/cases/x/`, `favicon.svg`, `#top`). */
export function joinBase(base: string, path: string): string {
  if (/^([a-z][a-z\d+.-]*:|\/\/|#|\?)/i.test(path)) return path;
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** Prefix a site path with the configured base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The path of a page in a language: the default language at the root, the others under their prefix. */
export function localizedPath(lang: Lang, path: string): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  const { prefix } = LANGUAGES[lang];
  return prefix ? `/${prefix}${clean}` : clean;
}

/** The base-prefixed URL of a page in a language. */
export function pageUrl(lang: Lang, path: string): string {
  return withBase(localizedPath(lang, path));
}

/** Static paths for a `[...lang]` route: one per language, no segment for the default one. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang: LANGUAGES[lang].prefix || undefined }, props: { lang } }));
}
