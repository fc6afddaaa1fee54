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

/** A section of the Istio-today page: `…/istio-today/<lang>/<section>.mdx`. */
export interface IstioTodayFile {
  lang: Lang;
  section: string;
}

export function istioTodayFileOf(path: string | undefined): IstioTodayFile | undefined {
  const match = path?.match(/[\\/]istio-today[\\/](zh|en)[\\/]([^\\/]+)\.mdx?$/);
  if (!match) return undefined;
  return { lang: match[1] as Lang, section: match[2] as string };
}
