/**
 * Joins each case's facts with its two articles and enforces the rules that no
 * single file can check on its own. Pure, so the unit tests feed it plain data.
 */
import { citedKeys } from './citations';
import { LANGS, type Lang } from './languages';
import type { Capability, Level } from './vocabulary';

export interface FactsEntry<F> {
  id: string;
  filePath?: string | undefined;
  data: F;
}

export interface ArticleEntry<A> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: A;
}

export interface JoinedCase<F, A> {
  slug: string;
  facts: FactsEntry<F>;
  articles: Record<Lang, ArticleEntry<A>>;
}

/** The section headings every article has, in order. */
export const REQUIRED_HEADINGS: Record<Lang, readonly string[]> = {
  zh: ['背景', '引入 Istio 之前', '网格做了什么', '架构', '结果与经验'],
  en: ['Background', 'Before Istio', 'What the mesh did', 'Architecture', 'Outcomes and lessons'],
};

export class ContentError extends Error {
  override name = 'ContentError';
}

const where = (entry: { id: string; filePath?: string | undefined }, fallback: string) => entry.filePath ?? fallback;

/** Check one article body: not empty, the required headings in order, citations that exist. */
export function checkArticle(lang: Lang, file: string, body: string, sourceKeys: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!body.trim()) return [`${file}: the article body is empty. Write the article under its front matter.`];
  const headings = [...body.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1]);
  const expected = REQUIRED_HEADINGS[lang];
  if (headings.join('|') !== expected.join('|')) {
    problems.push(
      `${file}: second-level headings are [${headings.join(', ')}]; they must be exactly [${expected.join(', ')}] in that order.`,
    );
  }
  const unknown = citedKeys(body).filter((k) => !sourceKeys.has(k));
  if (unknown.length) {
    problems.push(
      `${file}: cites ${unknown.map((k) => `[${k}]`).join(', ')}, which the case's sources do not list. Add them to the facts file or cite a listed key.`,
    );
  }
  if (/<!--/.test(body)) problems.push(`${file}: contains an HTML comment; MDX cannot render it. Delete it.`);
  return problems;
}

/** Pair facts with articles; every case needs both languages and every article needs facts. */
export function joinCases<F extends { sources: { key: string }[] }, A>(
  facts: FactsEntry<F>[],
  articles: ArticleEntry<A>[],
  contentDir: string,
): JoinedCase<F, A>[] {
  const problems: string[] = [];
  const bySlug = new Map(facts.map((f) => [f.id, f]));
  const texts = new Map<string, Partial<Record<Lang, ArticleEntry<A>>>>();
  for (const article of articles) {
    const [lang, slug] = article.id.split('/') as [Lang, string];
    const file = where(article, `${contentDir}/articles/${article.id}.mdx`);
    if (!bySlug.has(slug)) {
      problems.push(
        `${file}: no facts file ${contentDir}/cases/${slug}.yaml matches this article. Create it, or rename the article to an existing slug.`,
      );
      continue;
    }
    texts.set(slug, { ...texts.get(slug), [lang]: article });
  }
  const joined: JoinedCase<F, A>[] = [];
  for (const [slug, entry] of bySlug) {
    const found = texts.get(slug) ?? {};
    const missing = LANGS.filter((lang) => !found[lang]);
    if (missing.length) {
      problems.push(
        `Case "${slug}" has no ${missing.map((l) => `${contentDir}/articles/${l}/${slug}.mdx`).join(' and no ')}. Every case needs an article in each language.`,
      );
      continue;
    }
    const keys = new Set(entry.data.sources.map((s) => s.key));
    for (const lang of LANGS) {
      const article = found[lang] as ArticleEntry<A>;
      problems.push(
        ...checkArticle(lang, where(article, `${contentDir}/articles/${lang}/${slug}.mdx`), article.body ?? '', keys),
      );
    }
    joined.push({ slug, facts: entry, articles: found as Record<Lang, ArticleEntry<A>> });
  }
  if (problems.length) throw new ContentError(`Case studies are not valid:\n- ${problems.join('\n- ')}`);
  return joined;
}

/** Capabilities at a given level, in vocabulary order. */
export function capabilitiesAt<C extends Record<Capability, { level: Level }>>(
  capabilities: C,
  level: Level,
): Capability[] {
  return (Object.keys(capabilities) as Capability[]).filter((c) => capabilities[c].level === level);
}
