/** Static paths for a `[...lang]` route: Chinese at the root (no segment), English under /en/. */
import type { Lang } from './vocabulary';

export const LANG_SEGMENT: Record<Lang, string | undefined> = { zh: undefined, en: 'en' };

export function langPaths() {
  return (Object.keys(LANG_SEGMENT) as Lang[]).map((lang) => ({
    params: { lang: LANG_SEGMENT[lang] },
    props: { lang },
  }));
}
