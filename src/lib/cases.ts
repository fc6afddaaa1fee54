/**
 * The one module pages read case studies from. Loads both collections once per
 * build, pairs facts with articles, and sorts them by company name. Every rule
 * was checked before the collections loaded (see `lib/content/check.ts`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { joinCases, type JoinedCase } from './content/join';

export type CaseFacts = CollectionEntry<'cases'>['data'];
export type CaseStudy = JoinedCase<CollectionEntry<'cases'>, CollectionEntry<'articles'>>;

let cached: Promise<CaseStudy[]> | undefined;

async function load(): Promise<CaseStudy[]> {
  const [facts, articles] = await Promise.all([getCollection('cases'), getCollection('articles')]);
  return joinCases(facts, articles).sort((a, b) =>
    a.facts.data.company.en.localeCompare(b.facts.data.company.en, 'en'),
  );
}

export function getCaseStudies(): Promise<CaseStudy[]> {
  cached ??= load();
  return cached;
}
