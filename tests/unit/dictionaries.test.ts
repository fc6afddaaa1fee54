import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { LANGS } from '../../src/lib/languages';
import { searchFacets } from '../../src/lib/search-facets';
import { CAPABILITIES, INDUSTRIES, PLATFORMS } from '../../src/lib/vocabulary';

describe('UI dictionaries', () => {
  it('label every enum value in both languages, with distinct labels', () => {
    for (const lang of LANGS) {
      const dict = t(lang);
      for (const [values, labels] of [
        [CAPABILITIES, dict.capability],
        [INDUSTRIES, dict.industry],
        [PLATFORMS, dict.platform],
      ] as const) {
        const shown = values.map((v) => (labels as Record<string, string>)[v]);
        expect(shown.every(Boolean)).toBe(true);
        expect(new Set(shown).size).toBe(values.length);
      }
    }
  });
});

describe('search filters', () => {
  const study = (industry: (typeof INDUSTRIES)[number], documented: (typeof CAPABILITIES)[number]) => ({
    facts: {
      data: {
        industry,
        platform: { kind: 'gke' as const },
        capabilities: Object.fromEntries(
          CAPABILITIES.map((c) => [c, { level: c === documented ? 'documented' : 'not-reported' }]),
        ) as Record<(typeof CAPABILITIES)[number], { level: string }>,
      },
    },
  });
  it('offer only values that some case has, keyed by the vocabulary and labelled in the page language', () => {
    const facets = searchFacets([study('footwear', 'tracing'), study('fintech', 'tracing')], t('en'));
    expect(facets.find((f) => f.name === 'industry')?.options).toEqual([
      { value: 'footwear', label: 'Custom footwear' },
      { value: 'fintech', label: 'Financial technology' },
    ]);
    expect(facets.find((f) => f.name === 'capability')?.options).toEqual([
      { value: 'tracing', label: 'Distributed tracing' },
    ]);
    expect(facets.find((f) => f.name === 'platform')?.options).toEqual([
      { value: 'gke', label: 'Google Kubernetes Engine (GKE)' },
    ]);
  });
  it('map the labels of old links, in either language, to the key', () => {
    const facets = searchFacets([study('footwear', 'tracing')], t('en'), [t('zh')]);
    const aliases = facets.find((f) => f.name === 'industry')?.aliases ?? {};
    expect(aliases['custom footwear']).toBe('footwear');
    expect(aliases[t('zh').industry.footwear.toLowerCase()]).toBe('footwear');
  });
});
