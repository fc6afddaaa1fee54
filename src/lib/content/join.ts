/** Pairs each case's facts with its article in every language, keeping the entry types the caller passes. */
import { LANGS, type Lang } from '../languages';

export interface Entry {
  id: string;
}

export interface JoinedCase<F extends Entry, A extends Entry> {
  slug: string;
  facts: F;
  articles: Record<Lang, A>;
}

/** Articles are keyed `<lang>/<slug>`. The content gate has already reported any gap, so a gap here is a bug. */
export function joinCases<F extends Entry, A extends Entry>(
  facts: readonly F[],
  articles: readonly A[],
): JoinedCase<F, A>[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return facts.map((entry) => {
    const pairs = LANGS.map((lang) => {
      const article = byId.get(`${lang}/${entry.id}`);
      if (!article) throw new Error(`Case "${entry.id}" has no ${lang} article, yet the content gate let it pass.`);
      return [lang, article] as const;
    });
    return { slug: entry.id, facts: entry, articles: Object.fromEntries(pairs) as Record<Lang, A> };
  });
}
