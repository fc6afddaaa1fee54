/**
 * The one module pages read case studies from. Loads both collections once per
 * build, joins and validates them, and sorts them by company name.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, joinCases, type JoinedCase } from './case-model';
import { contentFileProblems } from './content-files';
import { contentDir } from './content-dir';
import type { Lang } from './languages';

export type CaseFacts = CollectionEntry<'cases'>['data'];
export type CaseStudy = JoinedCase<CaseFacts, CollectionEntry<'articles'>['data']> & {
  facts: CollectionEntry<'cases'>;
  articles: Record<Lang, CollectionEntry<'articles'>>;
};

let cached: Promise<CaseStudy[]> | undefined;

async function load(): Promise<CaseStudy[]> {
  const stray = contentFileProblems(contentDir);
  if (stray.length) throw new ContentError(`Content files are not valid:\n- ${stray.join('\n- ')}`);
  const [facts, articles] = await Promise.all([getCollection('cases'), getCollection('articles')]);
  const joined = joinCases(facts, articles, contentDir) as CaseStudy[];
  return joined.sort((a, b) => a.facts.data.company.en.localeCompare(b.facts.data.company.en, 'en'));
}

export function getCaseStudies(): Promise<CaseStudy[]> {
  cached ??= load();
  return cached;
}
