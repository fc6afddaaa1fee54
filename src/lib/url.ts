/**
 * Every internal URL passes through here, so the site works both at the root of
 * a domain and under a GitHub Pages project path such as /istio-production-cases/.
 */
import type { Lang } from './vocabulary';

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

/** The path of a page in a language: Chinese at the root, English under /en/. */
export function localizedPath(lang: Lang, path: string): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  return lang === 'zh' ? clean : `/en${clean === '/' ? '/' : clean}`;
}

/** The base-prefixed URL of a page in a language. */
export function pageUrl(lang: Lang, path: string): string {
  return withBase(localizedPath(lang, path));
}
