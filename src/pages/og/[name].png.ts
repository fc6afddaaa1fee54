/** One 1200×630 PNG share image per card (src/share/site-cards.ts), named by the hash of what it shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../site.config';
import { cachedShareImage } from '../../share/cache';
import type { ShareCard } from '../../share/card';
import { siteCards } from '../../share/site-cards';

export const getStaticPaths = (async () =>
  siteConfig.shareImages
    ? [...(await siteCards())].map(([name, card]) => ({ params: { name }, props: { card } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedShareImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
