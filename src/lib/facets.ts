/**
 * Facet pages: one static page (or a run of pages) per capability, industry
 * and platform in the vocabulary. Which cases belong to a value, in what
 * order, and where its page lives. Pure, so unit tests feed it plain data.
 */
import { CAPABILITIES, INDUSTRIES, PLATFORMS, type Level } from './vocabulary';

/** The facet kinds, named as their URL segment and their vocabulary set. */
export const FACET_KINDS = ['capabilities', 'industries', 'platforms'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

/** Cases per facet page; beyond it the listing paginates. */
export const FACET_PAGE_SIZE = 30;

/** Rows per page of the compare matrix: beyond a few dozen a matrix stops reading at a glance. */
export const MATRIX_PAGE_SIZE = 40;

export const FACET_VALUES: Record<FacetKind, readonly string[]> = {
  capabilities: CAPABILITIES,
  industries: INDUSTRIES,
  platforms: PLATFORMS,
};

/** Language-neutral path of a facet page; page 1 is the facet's own path. */
export const facetPath = (kind: FacetKind, key: string, page = 1) =>
  page > 1 ? `/${kind}/${key}/${page}/` : `/${kind}/${key}/`;

/** Every facet page's first path, for the link checker and the tests. */
export const allFacetPaths = () => FACET_KINDS.flatMap((kind) => FACET_VALUES[kind].map((key) => facetPath(kind, key)));

/** The least a facet needs to know about a case. */
export interface FacetCase {
  slug: string;
  facts: {
    data: {
      company: { en: string };
      industry: string;
      platform: { kind: string };
      capabilities: Record<string, { level: Level }>;
    };
  };
}

const rank: Record<Level, number> = { documented: 0, partial: 1, 'not-used': 2, 'not-reported': 3 };

/**
 * The cases a facet page lists. A capability lists the cases that document it,
 * then those with partial evidence (not-reported cases are left out: they say
 * nothing about it); an industry or a platform lists every case that has it.
 * Listing pages ask for the same facets of the same case list again and again
 * (every page shows the counts of every value), so each answer is kept per list,
 * by the list's identity: a build's case list never changes once loaded.
 */
const membersCache = new WeakMap<readonly FacetCase[], Map<string, readonly FacetCase[]>>();

export function facetMembers<S extends FacetCase>(studies: readonly S[], kind: FacetKind, key: string): readonly S[] {
  let byFacet = membersCache.get(studies);
  if (!byFacet) {
    byFacet = new Map();
    membersCache.set(studies, byFacet);
  }
  const id = `${kind}\n${key}`;
  let members = byFacet.get(id) as readonly S[] | undefined;
  if (!members) {
    members = membersOf(studies, kind, key);
    byFacet.set(id, members);
  }
  return members;
}

function membersOf<S extends FacetCase>(studies: readonly S[], kind: FacetKind, key: string): S[] {
  if (kind === 'capabilities') {
    const level = (s: S) => s.facts.data.capabilities[key]?.level ?? 'not-reported';
    return studies.filter((s) => level(s) !== 'not-reported').sort((a, b) => rank[level(a)] - rank[level(b)]);
  }
  if (kind === 'industries') return studies.filter((s) => s.facts.data.industry === key);
  return studies.filter((s) => s.facts.data.platform.kind === key);
}

/** How many cases document each capability, and how many only partly. */
const totalsCache = new WeakMap<readonly FacetCase[], Record<string, Record<Level, number>>>();

export function capabilityTotals(studies: readonly FacetCase[]): Record<string, Record<Level, number>> {
  let totals = totalsCache.get(studies);
  if (!totals) {
    totals = countLevels(studies);
    totalsCache.set(studies, totals);
  }
  return totals;
}

function countLevels(studies: readonly FacetCase[]): Record<string, Record<Level, number>> {
  return Object.fromEntries(
    CAPABILITIES.map((c) => {
      const totals: Record<Level, number> = { documented: 0, partial: 0, 'not-used': 0, 'not-reported': 0 };
      for (const s of studies) totals[s.facts.data.capabilities[c]?.level ?? 'not-reported']++;
      return [c, totals];
    }),
  );
}

/** Each case's documented capabilities, worked out once per case object: every case page asks about every case. */
const documentedCache = new WeakMap<FacetCase, readonly string[]>();

function documentedOf(study: FacetCase): readonly string[] {
  let list = documentedCache.get(study);
  if (!list) {
    list = CAPABILITIES.filter((c) => study.facts.data.capabilities[c]?.level === 'documented');
    documentedCache.set(study, list);
  }
  return list;
}

const relatedCache = new WeakMap<readonly FacetCase[], Map<string, unknown>>();

/**
 * Cases that share the most documented capabilities with this one, best first
 * (ties by fewer capabilities overall, so a specific match beats a case that
 * documents everything, then in the given order), at most `limit`. One pass that
 * keeps only the best few, since it runs for every case page over every case.
 */
export function relatedCases<S extends FacetCase>(
  study: S,
  studies: readonly S[],
  limit = 3,
): { study: S; shared: string[] }[] {
  // Asked twice per case page (the table of contents, then the block itself): work it out once.
  let byCase = relatedCache.get(studies);
  if (!byCase) {
    byCase = new Map();
    relatedCache.set(studies, byCase);
  }
  const id = `${study.slug}\n${limit}`;
  let related = byCase.get(id) as { study: S; shared: string[] }[] | undefined;
  if (!related) {
    related = findRelated(study, studies, limit);
    byCase.set(id, related);
  }
  return related;
}

function findRelated<S extends FacetCase>(
  study: S,
  studies: readonly S[],
  limit: number,
): { study: S; shared: string[] }[] {
  const mine = new Set(documentedOf(study));
  const best: { study: S; count: number; size: number }[] = [];
  // Strictly better: more shared, or as many over fewer capabilities; an equal one keeps its place behind.
  const beats = (a: { count: number; size: number }, b: { count: number; size: number }) =>
    a.count > b.count || (a.count === b.count && a.size < b.size);
  for (const other of studies) {
    if (other.slug === study.slug) continue;
    const theirs = documentedOf(other);
    let count = 0;
    for (const c of theirs) if (mine.has(c)) count++;
    if (count === 0) continue;
    const candidate = { study: other, count, size: theirs.length };
    const at = best.findIndex((kept) => beats(candidate, kept));
    if (at >= 0) best.splice(at, 0, candidate);
    else best.push(candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ study: s }) => ({ study: s, shared: documentedOf(s).filter((c) => mine.has(c)) }));
}
