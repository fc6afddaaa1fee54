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

/**
 * Articles are keyed `<lang>/<slug>`. A build stops on any gap before this runs; in `astro dev` the gate holds
 * back a file it refused until it is fixed, so a gap here means its report, in the terminal, names the file.
 */
export function joinCases<F extends Entry, A extends Entry>(
  facts: readonly F[],
  articles: readonly A[],
): JoinedCase<F, A>[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return facts.map((entry) => {
    const pairs = LANGS.map((lang) => {
      const article = byId.get(`${lang}/${entry.id}`);
      if (!article) {
        throw new Error(
          `Case "${entry.id}" has no ${lang} article that passed the content gate; the gate's report in the terminal says why.`,
        );
      }
      return [lang, article] as const;
    });
    return { slug: entry.id, facts: entry, articles: Object.fromEntries(pairs) as Record<Lang, A> };
  });
}
