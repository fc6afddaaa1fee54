/**
 * The timeline: every case's dated events and the Istio releases on one axis,
 * grouped by year. Pure, so unit tests feed it plain data.
 */
import { byName, type Localized as Pair } from './languages';

/** What the timeline needs from a case. */
export interface TimelineCase {
  slug: string;
  facts: {
    data: {
      company: Pair;
      /** A brief is marked as one wherever its events appear. */
      kind?: string;
      period: { start: string; text: Pair; sources: string[] };
      sinceThen: { date: string; text: Pair; sources: string[] }[];
      sources: { key: string; title: string; date?: string | undefined }[];
    };
  };
}

/** What the timeline needs from a release. */
export interface TimelineRelease {
  version: string;
  date: string;
  verified: boolean;
  note?: Pair | undefined;
  source: { title: string; url: string };
}

export type TimelineEvent =
  | { kind: 'release'; date: string; release: TimelineRelease }
  /** When the company's Istio use began, as its facts date it, with the period as the sources give it. */
  | {
      kind: 'adopted';
      date: string;
      slug: string;
      company: Pair;
      brief: boolean;
      text: Pair;
      sources: { key: string; title: string }[];
    }
  /** The case's own account, dated by the sources its adoption period rests on. */
  | { kind: 'told'; date: string; slug: string; company: Pair; brief: boolean; source: { key: string; title: string } }
  | {
      kind: 'since';
      date: string;
      slug: string;
      company: Pair;
      brief: boolean;
      text: Pair;
      /** Cited sources with their titles, looked up once here rather than per page. */
      sources: { key: string; title: string }[];
    };

/** Events oldest first; on the same date releases come first, then cases by company. */
export function timelineEvents(
  studies: readonly TimelineCase[],
  releases: readonly TimelineRelease[],
): TimelineEvent[] {
  const events: TimelineEvent[] = releases.map((release) => ({ kind: 'release', date: release.date, release }));
  for (const study of studies) {
    const { company, period, sinceThen, sources } = study.facts.data;
    const brief = study.facts.data.kind === 'brief';
    for (const key of new Set(period.sources)) {
      const source = sources.find((s) => s.key === key);
      if (source?.date) events.push({ kind: 'told', date: source.date, slug: study.slug, company, brief, source });
    }
    const titleOf = (key: string) => sources.find((s) => s.key === key)?.title ?? key;
    events.push({
      kind: 'adopted',
      date: period.start,
      slug: study.slug,
      company,
      brief,
      text: period.text,
      sources: period.sources.map((key) => ({ key, title: titleOf(key) })),
    });
    for (const { date, text, sources: keys } of sinceThen) {
      const cited = keys.map((key) => ({ key, title: titleOf(key) }));
      events.push({ kind: 'since', date, slug: study.slug, company, brief, text, sources: cited });
    }
  }
  // Releases first on their date (no company), then cases by company.
  const companyOf = (e: TimelineEvent) => (e.kind === 'release' ? undefined : e.company);
  return events.sort((a, b) => {
    const [x, y] = [companyOf(a), companyOf(b)];
    return a.date.localeCompare(b.date) || (x && y ? byName(x, y) : x ? 1 : y ? -1 : 0);
  });
}

/** The events of each year, years in order. */
export function byYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(event);
    else years.set(year, [event]);
  }
  return [...years].map(([year, list]) => ({ year, events: list }));
}

/**
 * Events per page of the timeline. The axis is paginated in date order so each
 * page stays within the page-weight budget at any number of cases; at the size
 * of the real collection it is one page or very few.
 */
export const TIMELINE_PAGE_SIZE = 100;

/** Language-neutral path of a page of the timeline; the first is `/timeline/`. */
export const timelinePath = (page: number) => (page > 1 ? `/timeline/${page}/` : '/timeline/');

/** Each year on the axis and the page its first event falls on, for the year links on every page. */
export function yearStarts(events: readonly TimelineEvent[], pageSize: number): { year: string; page: number }[] {
  const starts = new Map<string, number>();
  events.forEach((event, i) => {
    const year = event.date.slice(0, 4);
    if (!starts.has(year)) starts.set(year, Math.floor(i / pageSize) + 1);
  });
  return [...starts].map(([year, page]) => ({ year, page }));
}
