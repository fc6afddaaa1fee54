/**
 * One place for the site's identity. astro.config.ts reads `site` and `base`
 * from here, so the public URL and the base path cannot disagree.
 *
 * Both come from the build environment (GitHub's configure-pages gives them),
 * so both are validated here: a bad value stops the build naming the variable,
 * what was found and the fix, instead of producing links that point nowhere.
 */

/** A build-environment value that cannot be used, with the fix. */
export class BuildEnvError extends Error {
  constructor(variable: string, found: string, fix: string) {
    super(`${variable}: found ${JSON.stringify(found)}. ${fix}`);
    this.name = 'BuildEnvError';
  }
}

/** A path segment GitHub Pages can serve as a folder name, without dot segments. */
const SAFE_SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * Validate and normalise a base path to `/` or `/a/b/`. Slashes at either end
 * are optional; anything that would let a link climb out of the site (`..`),
 * carry a query or fragment, or need escaping is rejected.
 */
export function normaliseBase(raw: string): string {
  const value = raw.trim();
  const segments = value.split('/').filter(Boolean);
  const bad = segments.find((segment) => !SAFE_SEGMENT.test(segment));
  if (bad !== undefined || /[\\?#\s%]/.test(value)) {
    throw new BuildEnvError(
      'BASE_PATH',
      raw,
      `Give the folder the site is served from, such as /istio-production-cases/ or /: segments of letters, digits, "-", "_", "." or "~", none starting with "." (so no ".."), no query, fragment, "%" escapes, backslashes or spaces${bad === undefined ? '' : ` (the segment ${JSON.stringify(bad)} is not allowed)`}.`,
    );
  }
  return segments.length > 0 ? `/${segments.join('/')}/` : '/';
}

/**
 * Validate the public origin. Only `https:` or `http:` origins are accepted; a
 * URL with a path is rejected rather than half-honoured, because Astro's `site`
 * drops the path when it builds canonical URLs, feeds and the sitemap.
 */
export function normaliseSiteUrl(raw: string): string {
  const fix =
    'Give the public origin only, such as https://user.github.io: scheme https:// or http://, a host, no path, query, fragment or credentials. A project page’s folder goes in BASE_PATH (for example SITE_URL=https://user.github.io BASE_PATH=/repo/).';
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BuildEnvError('SITE_URL', raw, `It is not an absolute URL. ${fix}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new BuildEnvError('SITE_URL', raw, `The scheme ${url.protocol} is not allowed. ${fix}`);
  if (url.username || url.password) throw new BuildEnvError('SITE_URL', raw, `It carries credentials. ${fix}`);
  if (url.search || url.hash || raw.trim().endsWith('?') || raw.trim().endsWith('#'))
    throw new BuildEnvError('SITE_URL', raw, `It carries a query or fragment. ${fix}`);
  if (url.pathname !== '/')
    throw new BuildEnvError('SITE_URL', raw, `It has the path ${url.pathname}, which Astro would drop. ${fix}`);
  return url.origin;
}

/** `owner/name` as GitHub spells it; anything else is not a repository. */
export function normaliseRepository(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = raw.trim();
  if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(value) || value.split('/').includes('..'))
    throw new BuildEnvError(
      'GITHUB_REPOSITORY',
      raw,
      'Give the repository as owner/name, for example user/istio-production-cases, or leave it unset.',
    );
  return `https://github.com/${value}`;
}

/** Astro's own default; CI keeps share images in it between runs (.github/workflows/deploy.yml). */
export const DEFAULT_CACHE_DIR = './node_modules/.astro';

const env = (name: string) => process.env[name]?.trim() || undefined;

export const siteConfig = {
  /** Public origin, e.g. https://user.github.io (GitHub Pages' configure-pages gives it). */
  url: normaliseSiteUrl(env('SITE_URL') ?? 'http://localhost:4321'),
  /** Path the site lives under, e.g. /istio-production-cases/ on a project page. */
  base: normaliseBase(env('BASE_PATH') ?? '/'),
  /** The GitHub repository, known in GitHub Actions; the footer links to it when set. */
  repository: normaliseRepository(env('GITHUB_REPOSITORY')),
  /**
   * Whether the repository takes issues (the deploy workflow reads it from GitHub; a fork has them off): case
   * pages' report link opens an issue, or else GitHub's editor on the case's file.
   */
  issues: env('REPOSITORY_ISSUES') !== 'false',
  /** The branch the site is built from, for that editor link. */
  branch: env('REPOSITORY_BRANCH') ?? 'main',
  /** Astro's cache folder, which survives between builds; the share images are cached inside it. */
  cacheDir: env('ASTRO_CACHE_DIR') ?? DEFAULT_CACHE_DIR,
  /** SHARE_IMAGES=off builds without share images; only the benchmark uses it, to time the build without them. */
  shareImages: env('SHARE_IMAGES') !== 'off',
} as const;
