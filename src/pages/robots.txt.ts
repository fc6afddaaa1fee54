/**
 * robots.txt: everything may be crawled; the sitemap's address includes the base
 * path. (Crawlers read robots.txt only at a host's root, so under a project
 * page's folder this file is a pointer for people, while the sitemap works anyway.)
 */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/url';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
