/**
 * Astro's security.csp (astro.config.ts) writes every page's policy with the
 * hash of every inline script and style of the whole site: 29 hashes here,
 * 0.85 KiB gzip on each page, which would put the longest case pages over
 * their 18 KiB budget. Pages are rendered through this at build time, and it
 * keeps, of those hashes, the ones of the page's own inline scripts and styles.
 */
import { defineMiddleware } from 'astro:middleware';
import { cspHash } from './lib/inline-scripts';

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/;
const INLINE = /<(script|style)\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/\1>/g;

export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  const own = new Set([...html.matchAll(INLINE)].map((m) => `'${cspHash(m[2] ?? '')}'`));
  const trimmed = html.replace(
    POLICY,
    (_match, head: string, policy: string) =>
      `${head}${policy.replace(/ ('sha256-[^']+')/g, (hash, quoted: string) => (own.has(quoted) ? hash : ''))}"`,
  );
  return new Response(trimmed, response);
});
