/**
 * The Content-Security-Policy every page carries in a <meta> tag. Scripts only
 * from this origin, plus the few inline scripts of src/lib/inline-scripts.ts by
 * the hash of their exact text (never 'unsafe-inline'); 'wasm-unsafe-eval' and
 * blob: workers only because Pagefind runs its search in WebAssembly inside a
 * worker. Styles are inlined by the build, so style-src allows inline styles.
 */
import { INLINE_SCRIPTS, scriptHash } from './inline-scripts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  ["script-src 'self' 'wasm-unsafe-eval'", ...INLINE_SCRIPTS.map(scriptHash)].join(' '),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
