import { describe, expect, it } from 'vitest';
import { capabilityTotals, facetMembers, facetPath, relatedCases, type FacetCase } from '../../src/lib/facets';
import { CAPABILITIES, type Level } from '../../src/lib/vocabulary';

const [first = '', second = '', third = ''] = CAPABILITIES;

function study(slug: string, levels: Record<string, Level>, industry = 'footwear', platform = 'gke'): FacetCase {
  return {
    slug,
    facts: {
      data: {
        company: { en: slug },
        industry,
        platform: { kind: platform },
        capabilities: Object.fromEntries(CAPABILITIES.map((c) => [c, { level: levels[c] ?? 'not-reported' }])),
      },
    },
  };
}

describe('facet pages', () => {
  const a = study('a', { [first]: 'partial', [second]: 'documented' });
  const b = study('b', { [first]: 'documented' }, 'fintech', 'aws');
  const c = study('c', {});

  it('list documented cases before partial ones and leave out cases that report nothing', () => {
    expect(facetMembers([a, b, c], 'capabilities', first).map((s) => s.slug)).toEqual(['b', 'a']);
  });

  it('list every case of an industry or a platform', () => {
    expect(facetMembers([a, b, c], 'industries', 'footwear').map((s) => s.slug)).toEqual(['a', 'c']);
    expect(facetMembers([a, b, c], 'platforms', 'aws').map((s) => s.slug)).toEqual(['b']);
  });

  it('number pages after the first', () => {
    expect(facetPath('capabilities', 'tracing')).toBe('/capabilities/tracing/');
    expect(facetPath('industries', 'footwear', 1)).toBe('/industries/footwear/');
    expect(facetPath('industries', 'footwear', 3)).toBe('/industries/footwear/3/');
  });

  it('count each level per capability', () => {
    expect(capabilityTotals([a, b, c])[first]).toEqual({ documented: 1, partial: 1, 'not-reported': 1 });
  });
});

describe('related cases', () => {
  it('rank by documented capabilities in common and skip cases with none in common', () => {
    const me = study('me', { [first]: 'documented', [second]: 'documented' });
    const both = study('both', { [first]: 'documented', [second]: 'documented', [third]: 'documented' });
    const one = study('one', { [first]: 'documented' });
    const partialOnly = study('partial', { [first]: 'partial', [second]: 'partial' });
    const related = relatedCases(me, [me, one, partialOnly, both]);
    expect(related.map((r) => r.study.slug)).toEqual(['both', 'one']);
    expect(related[0]?.shared).toEqual([first, second]);
  });
});
