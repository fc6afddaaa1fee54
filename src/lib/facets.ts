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
      industry: string;
      platform: { kind: string };
      capabilities: Record<string, { level: Level }>;
    };
  };
}

const rank: Record<Level, number> = { documented: 0, partial: 1, 'not-reported': 2 };

/** Some cases and how many of them document each capability, and how many only partly. */
export interface FacetGroup<S extends FacetCase = FacetCase> {
  members: readonly S[];
  totals: Record<string, Record<Level, number>>;
}

/** Everything the listing, facet, compare and case pages ask of the whole collection, worked out once. */
export interface FacetIndex<S extends FacetCase = FacetCase> {
  /** Every case, in the collection's order. */
  all: FacetGroup<S>;
  /** The cases a facet page lists, with their totals. */
  of(kind: FacetKind, key: string): FacetGroup<S>;
  /** A few cases that document the same capabilities as this one. */
  related(study: S): readonly { study: S; shared: string[] }[];
}

export function facetIndex<S extends FacetCase>(studies: readonly S[], relatedLimit = 3): FacetIndex<S> {
  const group = (members: readonly S[]): FacetGroup<S> => ({ members, totals: countLevels(members) });
  const groups = new Map(
    FACET_KINDS.flatMap((kind) =>
      FACET_VALUES[kind].map((key) => [`${kind}/${key}`, group(membersOf(studies, kind, key))]),
    ),
  );
  const documented = new Map(studies.map((s) => [s, documentedOf(s)]));
  const related = new Map(studies.map((s) => [s.slug, findRelated(s, studies, documented, relatedLimit)]));
  return {
    all: group(studies),
    of: (kind, key) => groups.get(`${kind}/${key}`) ?? group([]),
    related: (study) => related.get(study.slug) ?? [],
  };
}

/**
 * A capability lists the cases that document it, then those with partial
 * evidence (not-reported cases are left out: they say nothing about it); an
 * industry or a platform lists every case that has it.
 */
function membersOf<S extends FacetCase>(studies: readonly S[], kind: FacetKind, key: string): S[] {
  if (kind === 'capabilities') {
    const level = (s: S) => s.facts.data.capabilities[key]?.level ?? 'not-reported';
    return studies.filter((s) => level(s) !== 'not-reported').sort((a, b) => rank[level(a)] - rank[level(b)]);
  }
  if (kind === 'industries') return studies.filter((s) => s.facts.data.industry === key);
  return studies.filter((s) => s.facts.data.platform.kind === key);
}

function countLevels(studies: readonly FacetCase[]): Record<string, Record<Level, number>> {
  return Object.fromEntries(
    CAPABILITIES.map((c) => {
      const totals: Record<Level, number> = { documented: 0, partial: 0, 'not-reported': 0 };
      for (const s of studies) totals[s.facts.data.capabilities[c]?.level ?? 'not-reported']++;
      return [c, totals];
    }),
  );
}

const documentedOf = (study: FacetCase) =>
  CAPABILITIES.filter((c) => study.facts.data.capabilities[c]?.level === 'documented');

/**
 * Cases that share the most documented capabilities with this one, best first
 * (ties by fewer capabilities overall, so a specific match beats a case that
 * documents everything, then in the given order), at most `limit`. One pass that
 * keeps only the best few, since it runs for every case over every case.
 */
function findRelated<S extends FacetCase>(
  study: S,
  studies: readonly S[],
  documented: ReadonlyMap<S, readonly string[]>,
  limit: number,
): { study: S; shared: string[] }[] {
  const theirs = (s: S) => documented.get(s) ?? [];
  const mine = new Set(theirs(study));
  const best: { study: S; count: number; size: number }[] = [];
  // Strictly better: more shared, or as many over fewer capabilities; an equal one keeps its place behind.
  const beats = (a: { count: number; size: number }, b: { count: number; size: number }) =>
    a.count > b.count || (a.count === b.count && a.size < b.size);
  for (const other of studies) {
    if (other.slug === study.slug) continue;
    let count = 0;
    for (const c of theirs(other)) if (mine.has(c)) count++;
    if (count === 0) continue;
    const candidate = { study: other, count, size: theirs(other).length };
    const at = best.findIndex((kept) => beats(candidate, kept));
    if (at >= 0) best.splice(at, 0, candidate);
    else best.push(candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ study: s }) => ({ study: s, shared: theirs(s).filter((c) => mine.has(c)) }));
}
