/** What a rehype plugin can learn about an article from its file path: `…/articles/<lang>/<slug>.mdx`. */
import { LANGS, type Lang } from '../lib/languages';

export interface ArticleFile {
  lang: Lang;
  slug: string;
}

const ARTICLE_PATH = new RegExp(String.raw`[\\/]articles[\\/](${LANGS.join('|')})[\\/]([^\\/]+)\.mdx?$`);

export function articleFileOf(path: string | undefined): ArticleFile | undefined {
  const match = path?.match(ARTICLE_PATH);
  if (!match) return undefined;
  return { lang: match[1] as Lang, slug: match[2] as string };
}
