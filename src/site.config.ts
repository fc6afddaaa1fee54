/**
 * One place for the site's identity. astro.config.ts reads `site` and `base`
 * from here, so the public URL and the base path cannot disagree.
 */
const env = (name: string, fallback: string) => process.env[name]?.trim() || fallback;

/** Ensure a base path starts and ends with a single slash: `/`, `/repo/`. */
export function normaliseBase(raw: string): string {
  const inner = raw.split('/').filter(Boolean).join('/');
  return inner ? `/${inner}/` : '/';
}

export const siteConfig = {
  /** Public origin, e.g. https://user.github.io (GitHub Pages' configure-pages gives it). */
  url: env('SITE_URL', 'http://localhost:4321'),
  /** Path the site lives under, e.g. /istio-production-cases/ on a project page. */
  base: normaliseBase(env('BASE_PATH', '/')),
  /** The GitHub repository, known in GitHub Actions; the footer links to it when set. */
  repository: process.env.GITHUB_REPOSITORY ? `https://github.com/${process.env.GITHUB_REPOSITORY}` : undefined,
} as const;
