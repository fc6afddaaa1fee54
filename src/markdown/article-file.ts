/** What a rehype plugin can learn about an article from its file path: `…/articles/<lang>/<slug>.mdx`. */
import type { Lang } from '../lib/vocabulary';

export interface ArticleFile {
  lang: Lang;
  slug: string;
}

export function articleFileOf(path: string | undefined): ArticleFile | undefined {
  const match = path?.match(/[\\/]articles[\\/](zh|en)[\\/]([^\\/]+)\.mdx?$/);
  if (!match) return undefined;
  return { lang: match[1] as Lang, slug: match[2] as string };
}
