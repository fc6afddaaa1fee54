/**
 * The one module pages read case studies from. Loads both collections once per
 * build, pairs facts with articles, sorts them by company name, and works out
 * the facets (members, totals, related cases) once for every page to read.
 * Every rule was checked before the collections loaded (see `lib/content/check.ts`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { joinCases, type JoinedCase } from './content/join';
import { facetIndex, type FacetIndex } from './facets';
import { byName } from './languages';

export type CaseFacts = CollectionEntry<'cases'>['data'];
export type CaseStudy = JoinedCase<CollectionEntry<'cases'>, CollectionEntry<'articles'>>;

let cached: Promise<{ studies: CaseStudy[]; facets: FacetIndex<CaseStudy> }> | undefined;

async function load() {
  const [facts, articles] = await Promise.all([getCollection('cases'), getCollection('articles')]);
  const studies = joinCases(facts, articles).sort((a, b) => byName(a.facts.data.company, b.facts.data.company));
  return { studies, facets: facetIndex(studies) };
}

export async function getCaseStudies(): Promise<CaseStudy[]> {
  cached ??= load();
  return (await cached).studies;
}

/** The facet index of every case. */
export async function getFacets(): Promise<FacetIndex<CaseStudy>> {
  cached ??= load();
  return (await cached).facets;
}
