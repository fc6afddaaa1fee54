/**
 * Filter choices for the search page, derived from the data so a filter never
 * offers a value no case has. Values are the vocabulary's keys (stable, the same
 * in both languages, so a shared link keeps its filters); labels come from the
 * dictionary of the page's language.
 */
import type { Dictionary } from '../i18n/types';
import { CAPABILITIES, INDUSTRIES, PLATFORMS } from './vocabulary';

interface FacetSource {
  facts: {
    data: {
      company?: Record<string, string>;
      industry: (typeof INDUSTRIES)[number];
      platform: { kind: (typeof PLATFORMS)[number] };
      capabilities: Record<(typeof CAPABILITIES)[number], { level: string }>;
    };
  };
}

export interface Facet {
  /** Pagefind filter name, also the URL parameter. */
  name: 'industry' | 'capability' | 'platform';
  label: string;
  /** The vocabulary key (the filter value in the index and the URL) and its label in this language. */
  options: { value: string; label: string }[];
  /**
   * Every label the value has had in any language, lower-cased, to its key: links
   * made before the filters used keys carry a label (`?industry=Custom%20footwear`).
   */
  aliases: Record<string, string>;
}

const documented = (s: FacetSource, v: (typeof CAPABILITIES)[number]) =>
  s.facts.data.capabilities[v].level !== 'not-reported';

export function searchFacets(studies: readonly FacetSource[], dict: Dictionary, others: Dictionary[] = []): Facet[] {
  const facet = <T extends string>(
    name: Facet['name'],
    label: string,
    all: readonly T[],
    has: (s: FacetSource, v: T) => boolean,
    labels: (d: Dictionary) => Record<T, string>,
  ): Facet => {
    const present = all.filter((v) => studies.some((s) => has(s, v)));
    const aliases: Record<string, string> = {};
    for (const d of [dict, ...others]) for (const v of present) aliases[labels(d)[v].toLowerCase()] = v;
    return { name, label, options: present.map((value) => ({ value, label: labels(dict)[value] })), aliases };
  };
  return [
    facet(
      'industry',
      dict.facts.industry,
      INDUSTRIES,
      (s, v) => s.facts.data.industry === v,
      (d) => d.industry,
    ),
    facet('capability', dict.caseStudy.capabilities, CAPABILITIES, documented, (d) => d.capability),
    facet(
      'platform',
      dict.facts.platform,
      PLATFORMS,
      (s, v) => s.facts.data.platform.kind === v,
      (d) => d.platform,
    ),
  ];
}

/**
 * A few things to try when nothing matches, drawn from the data: companies,
 * then the capabilities most cases document.
 */
export function searchSuggestions(
  studies: readonly FacetSource[],
  dict: Dictionary,
  lang: string,
  companies = 4,
  capabilities = 3,
): string[] {
  const names = studies.map((s) => s.facts.data.company?.[lang]).filter((n): n is string => Boolean(n));
  const common = [...CAPABILITIES]
    .map((c) => ({ c, n: studies.filter((s) => documented(s, c)).length }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n)
    .map(({ c }) => dict.capability[c]);
  return [...names.slice(0, companies), ...common.slice(0, capabilities)];
}
