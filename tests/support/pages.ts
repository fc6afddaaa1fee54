/** The list of pages to check comes from the built sitemap, so a new page is tested without editing the tests. */
import { site } from './site';

export async function sitemapUrls(): Promise<string[]> {
  const { url } = site();
  const index = await (await fetch(url('/sitemap-index.xml'))).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
  const pages: string[] = [];
  for (const map of maps) {
    const xml = await (await fetch(url(new URL(map).pathname.replace(site().base, '/')))).text();
    pages.push(...[...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string));
  }
  // The sitemap holds public URLs (SITE_URL); test them on the local server.
  return pages.map((page) => url(new URL(page).pathname.replace(site().base, '/')));
}
