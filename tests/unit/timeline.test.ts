import { describe, expect, it } from 'vitest';
import { byYear, timelineEvents, timelinePath, yearStarts, type TimelineCase } from '../../src/lib/timeline';

const pair = (s: string) => ({ zh: s, en: s });
const study = (slug: string, told: string, since: string, start = '2017'): TimelineCase => ({
  slug,
  facts: {
    data: {
      company: pair(slug),
      period: { start, text: pair(`${slug} from ${start}`), sources: ['T1', 'T1', 'T2'] },
      sinceThen: [{ date: since, text: pair(`${slug} later`), sources: ['T1'] }],
      sources: [
        { key: 'T1', title: `${slug} talk`, date: told },
        { key: 'T2', title: 'undated' },
      ],
    },
  },
});

describe('the timeline', () => {
  const events = timelineEvents(
    [study('b', '2018-05', '2020-03-05'), study('a', '2018-05', '2019', '2018-02')],
    [{ version: '1.0', date: '2018-07-31', verified: true, source: { title: 'Announcing', url: 'https://istio.io/' } }],
  );

  it('puts every dated case event and every release on one axis, oldest first', () => {
    expect(events.map((e) => `${e.date} ${e.kind} ${e.kind === 'release' ? e.release.version : e.slug}`)).toEqual([
      '2017 adopted b',
      '2018-02 adopted a',
      '2018-05 told a',
      '2018-05 told b',
      '2018-07-31 release 1.0',
      '2019 since a',
      '2020-03-05 since b',
    ]);
  });

  it('groups events by year', () => {
    expect(byYear(events).map(({ year, events: list }) => `${year}:${list.length}`)).toEqual([
      '2017:1',
      '2018:4',
      '2019:1',
      '2020:1',
    ]);
  });

  it('marks every event of a brief as a brief, and no event of a full case', () => {
    const brief = {
      ...study('c', '2021', '2022'),
      facts: { data: { ...study('c', '2021', '2022').facts.data, kind: 'brief' } },
    };
    const marked = timelineEvents([brief, study('d', '2021', '2022')], []).map((e) =>
      e.kind === 'release' ? '' : `${e.slug} ${e.kind} ${e.brief}`,
    );
    expect(marked).toEqual([
      'c adopted true',
      'd adopted false',
      'c told true',
      'd told false',
      'c since true',
      'd since false',
    ]);
  });

  it('dates each case from when its Istio use began, with the adoption period its sources give', () => {
    const adopted = events.find((e) => e.kind === 'adopted' && e.slug === 'a');
    expect(adopted?.kind === 'adopted' && adopted.text.en).toBe('a from 2018-02');
  });

  it('cites each later event’s sources by key and title', () => {
    const since = events.find((e) => e.kind === 'since');
    expect(since?.kind === 'since' && since.sources).toEqual([{ key: 'T1', title: 'a talk' }]);
  });

  it('links each year to the page its first event falls on, when the axis is cut into pages', () => {
    expect(yearStarts(events, 2)).toEqual([
      { year: '2017', page: 1 },
      { year: '2018', page: 1 },
      { year: '2019', page: 3 },
      { year: '2020', page: 4 },
    ]);
    expect(yearStarts(events, 100).map((y) => y.page)).toEqual([1, 1, 1, 1]);
    expect([timelinePath(1), timelinePath(3)]).toEqual(['/timeline/', '/timeline/3/']);
  });
});
