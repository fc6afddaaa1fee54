import { describe, expect, it } from 'vitest';
import { facetIndex, facetPath, type FacetCase } from '../../src/lib/facets';
import { CAPABILITIES, type Level } from '../../src/lib/vocabulary';

const [first = '', second = '', third = ''] = CAPABILITIES;

function study(slug: string, levels: Record<string, Level>, industry = 'footwear', platform = 'gke'): FacetCase {
  return {
    slug,
    facts: {
      data: {
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
  const index = facetIndex([a, b, c]);

  it('list documented cases before partial ones and leave out cases that report nothing', () => {
    expect(index.of('capabilities', first).members.map((s) => s.slug)).toEqual(['b', 'a']);
  });

  it('list every case of an industry or a platform', () => {
    expect(index.of('industries', 'footwear').members.map((s) => s.slug)).toEqual(['a', 'c']);
    expect(index.of('platforms', 'aws').members.map((s) => s.slug)).toEqual(['b']);
  });

  it('number pages after the first', () => {
    expect(facetPath('capabilities', 'tracing')).toBe('/capabilities/tracing/');
    expect(facetPath('industries', 'footwear', 1)).toBe('/industries/footwear/');
    expect(facetPath('industries', 'footwear', 3)).toBe('/industries/footwear/3/');
  });

  it('count each level per capability, over every case and over each facet', () => {
    expect(index.all.totals[first]).toEqual({ documented: 1, partial: 1, 'not-reported': 1 });
    expect(index.of('industries', 'footwear').totals[first]).toEqual({ documented: 0, partial: 1, 'not-reported': 1 });
  });
});

describe('related cases', () => {
  it('rank by documented capabilities in common and skip cases with none in common', () => {
    const me = study('me', { [first]: 'documented', [second]: 'documented' });
    const both = study('both', { [first]: 'documented', [second]: 'documented', [third]: 'documented' });
    const one = study('one', { [first]: 'documented' });
    const partialOnly = study('partial', { [first]: 'partial', [second]: 'partial' });
    const related = facetIndex([me, one, partialOnly, both]).related(me);
    expect(related.map((r) => r.study.slug)).toEqual(['both', 'one']);
    expect(related[0]?.shared).toEqual([first, second]);
  });

  it('pick related cases as a full sort would, keeping the given order among equals', () => {
    // Every combination of three capabilities' levels, twice, so ties abound.
    const levels: Level[] = ['documented', 'partial', 'not-reported'];
    const many = [0, 1].flatMap((round) =>
      levels.flatMap((x) =>
        levels.flatMap((y) =>
          levels.map((z) => study(`${round}-${x}-${y}-${z}`, { [first]: x, [second]: y, [third]: z })),
        ),
      ),
    );
    const documented = (s: FacetCase) =>
      CAPABILITIES.filter((c) => s.facts.data.capabilities[c]?.level === 'documented');
    const index = facetIndex(many);
    for (const me of many) {
      const mine = new Set(documented(me));
      const expected = many
        .filter((s) => s.slug !== me.slug)
        .map((s) => ({ s, shared: documented(s).filter((c) => mine.has(c)), size: documented(s).length }))
        .filter((r) => r.shared.length > 0)
        .sort((a, b) => b.shared.length - a.shared.length || a.size - b.size)
        .slice(0, 3)
        .map((r) => `${r.s.slug}:${r.shared.join('+')}`);
      expect(index.related(me).map((r) => `${r.study.slug}:${r.shared.join('+')}`)).toEqual(expected);
    }
  });
});
