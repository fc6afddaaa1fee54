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

/** A section of the Istio-today page: `…/istio-today/<lang>/<section>.mdx`. */
export interface IstioTodayFile {
  lang: Lang;
  section: string;
}

const ISTIO_TODAY_PATH = new RegExp(String.raw`[\\/]istio-today[\\/](${LANGS.join('|')})[\\/]([^\\/]+)\.mdx?$`);

export function istioTodayFileOf(path: string | undefined): IstioTodayFile | undefined {
  const match = path?.match(ISTIO_TODAY_PATH);
  if (!match) return undefined;
  return { lang: match[1] as Lang, section: match[2] as string };
}
