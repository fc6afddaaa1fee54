/**
 * The Content-Security-Policy each page carries in a <meta> tag. Scripts only
 * from this origin, plus the inline scripts of src/lib/inline-scripts.ts that
 * the page runs, by the hash of their exact text (never 'unsafe-inline').
 * Only the search page, where Pagefind runs its search in WebAssembly, possibly
 * in a worker, gets 'wasm-unsafe-eval' and blob: workers; a reading page allows
 * nothing it does not use, and its policy is shorter on every one of them.
 * Styles are inlined by the build, so style-src allows inline styles.
 */
import { NOT_FOUND_SCRIPT, THEME_SCRIPT, scriptHash } from './inline-scripts';

export interface PolicyNeeds {
  /** The page runs Pagefind (the search page). */
  search?: boolean;
  /** The page is the 404 page, with its language-choosing script. */
  notFound?: boolean;
}

export function contentSecurityPolicy({ search = false, notFound = false }: PolicyNeeds = {}): string {
  const scripts = [THEME_SCRIPT, ...(notFound ? [NOT_FOUND_SCRIPT] : [])];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...(search ? ["'wasm-unsafe-eval'"] : []), ...scripts.map(scriptHash)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    ...(search ? ["worker-src 'self' blob:"] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
