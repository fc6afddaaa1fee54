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

const rank: Record<Level, number> = { documented: 0, partial: 1, 'not-reported': 2 };

/**
 * The cases a facet page lists. A capability lists the cases that document it,
 * then those with partial evidence (not-reported cases are left out: they say
 * nothing about it); an industry or a platform lists every case that has it.
 */
export function facetMembers<S extends FacetCase>(studies: readonly S[], kind: FacetKind, key: string): S[] {
  if (kind === 'capabilities') {
    const level = (s: S) => s.facts.data.capabilities[key]?.level ?? 'not-reported';
    return studies.filter((s) => level(s) !== 'not-reported').sort((a, b) => rank[level(a)] - rank[level(b)]);
  }
  if (kind === 'industries') return studies.filter((s) => s.facts.data.industry === key);
  return studies.filter((s) => s.facts.data.platform.kind === key);
}

/** How many cases document each capability, and how many only partly. */
export function capabilityTotals(studies: readonly FacetCase[]): Record<string, Record<Level, number>> {
  return Object.fromEntries(
    CAPABILITIES.map((c) => {
      const totals: Record<Level, number> = { documented: 0, partial: 0, 'not-reported': 0 };
      for (const s of studies) totals[s.facts.data.capabilities[c]?.level ?? 'not-reported']++;
      return [c, totals];
    }),
  );
}

/**
 * Cases that share the most documented capabilities with this one, best first
 * (ties by fewer capabilities overall, so a specific match beats a case that
 * documents everything), at most `limit`.
 */
export function relatedCases<S extends FacetCase>(
  study: S,
  studies: readonly S[],
  limit = 3,
): { study: S; shared: string[] }[] {
  const documented = (s: S) => CAPABILITIES.filter((c) => s.facts.data.capabilities[c]?.level === 'documented');
  const mine = new Set(documented(study));
  return studies
    .filter((s) => s.slug !== study.slug)
    .map((s) => {
      const theirs = documented(s);
      return { study: s, shared: theirs.filter((c) => mine.has(c)), size: theirs.length };
    })
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.size - b.size)
    .slice(0, limit)
    .map(({ study: s, shared }) => ({ study: s, shared }));
}
