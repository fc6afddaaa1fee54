/** The language-neutral paths of every page, shared by the pages, the link checker and the tests. */
export const STATIC_PAGES = ['/', '/search/', '/about/', '/compare/', '/istio-today/'] as const;

export const casePath = (slug: string) => `/cases/${slug}/`;

/** All language-neutral page paths for a set of case slugs. */
export function allPagePaths(slugs: readonly string[]): string[] {
  return [...STATIC_PAGES, ...slugs.map(casePath)];
}
