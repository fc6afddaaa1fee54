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
  const [industry = '', another = ''] = INDUSTRIES;
  const [capability = ''] = CAPABILITIES;
  const [platform = ''] = PLATFORMS;
  const en = t('en');
  const study = (industry: (typeof INDUSTRIES)[number], documented: (typeof CAPABILITIES)[number]) => ({
    facts: {
      data: {
        industry,
        platform: { kind: platform },
        capabilities: Object.fromEntries(
          CAPABILITIES.map((c) => [c, { level: c === documented ? 'documented' : 'not-reported' }]),
        ) as Record<(typeof CAPABILITIES)[number], { level: string }>,
      },
    },
  });
  it('offer only values that some case has, keyed by the vocabulary and labelled in the page language', () => {
    const facets = searchFacets([study(industry, capability), study(another, capability)], en);
    expect(facets.find((f) => f.name === 'industry')?.options).toEqual([
      { value: industry, label: en.industry[industry] },
      { value: another, label: en.industry[another] },
    ]);
    expect(facets.find((f) => f.name === 'capability')?.options).toEqual([
      { value: capability, label: en.capability[capability] },
    ]);
    expect(facets.find((f) => f.name === 'platform')?.options).toEqual([
      { value: platform, label: en.platform[platform] },
    ]);
  });
  it('map the labels of old links, in either language, to the key', () => {
    const facets = searchFacets([study(industry, capability)], en, [t('zh')]);
    const aliases = facets.find((f) => f.name === 'industry')?.aliases ?? {};
    expect(aliases[en.industry[industry]?.toLowerCase() ?? '']).toBe(industry);
    expect(aliases[t('zh').industry[industry]?.toLowerCase() ?? '']).toBe(industry);
  });
});
