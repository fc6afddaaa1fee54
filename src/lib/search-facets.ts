/** Filter choices for the search page, derived from the data so a filter never offers a value no case has. */
import type { Dictionary } from '../i18n/types';
import { CAPABILITIES, entryOf, INDUSTRIES, PLATFORMS } from './vocabulary';

interface FacetSource {
  facts: {
    data: {
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
  /** Values as the pages in this language label them. */
  options: string[];
}

export function searchFacets(studies: readonly FacetSource[], dict: Dictionary): Facet[] {
  const present = <T extends string>(all: readonly T[], has: (s: FacetSource, v: T) => boolean) =>
    all.filter((v) => studies.some((s) => has(s, v)));
  return [
    {
      name: 'industry',
      label: dict.facts.industry,
      options: present(INDUSTRIES, (s, v) => s.facts.data.industry === v).map((v) => entryOf(dict.industry, v)),
    },
    {
      name: 'capability',
      label: dict.caseStudy.capabilities,
      options: present(CAPABILITIES, (s, v) => entryOf(s.facts.data.capabilities, v).level !== 'not-reported').map(
        (v) => entryOf(dict.capability, v),
      ),
    },
    {
      name: 'platform',
      label: dict.facts.platform,
      options: present(PLATFORMS, (s, v) => s.facts.data.platform.kind === v).map((v) => entryOf(dict.platform, v)),
    },
  ];
}
