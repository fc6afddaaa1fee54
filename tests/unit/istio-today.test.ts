import { describe, expect, it } from 'vitest';
import { istioTodayProblems } from '../../src/lib/istio-today';
import { ISTIO_TODAY_SECTIONS } from '../../src/lib/vocabulary';

type Entry = Parameters<typeof istioTodayProblems>[0][number];

const complete = (): Entry[] =>
  (['zh', 'en'] as const).flatMap((lang) => [
    {
      id: `${lang}/intro`,
      data: { title: 'Istio today', description: 'A page about Istio today.', asOf: '2026-11-30' },
    },
    ...ISTIO_TODAY_SECTIONS.map((name) => ({
      id: `${lang}/${name}`,
      data:
        name === 'architecture'
          ? { title: name, alt: 'What the drawing shows, at some length.', diagramSources: ['B6'] }
          : { title: name },
    })),
  ]);

describe('the Istio-today section files', () => {
  it('accept a complete set', () => {
    expect(istioTodayProblems(complete(), ['B6'], 'dir')).toEqual([]);
  });

  it('name a missing section file and say to write it', () => {
    const entries = complete().filter((e) => e.id !== 'en/mtls');
    expect(istioTodayProblems(entries, ['B6'], 'dir')).toEqual(['dir/en/mtls.mdx is missing; write this section.']);
  });

  it('reject a section that is not on the page', () => {
    const entries = [...complete(), { id: 'zh/service-mesh', data: { title: 'x' } }];
    expect(istioTodayProblems(entries, ['B6'], 'dir')[0]).toMatch(/^dir\/zh\/service-mesh\.mdx: "service-mesh" is not/);
  });

  it('require the diagram’s text alternative and known diagram sources', () => {
    const entries = complete().map((e) => (e.id === 'zh/architecture' ? { ...e, data: { title: 'x' } } : e));
    expect(istioTodayProblems(entries, ['B6'], 'dir')[0]).toContain('give `alt`');
    expect(istioTodayProblems(complete(), ['B7'], 'dir')).toContain(
      'dir/zh/architecture.mdx: diagramSources names B6, which is not a source of the page.',
    );
  });
});
