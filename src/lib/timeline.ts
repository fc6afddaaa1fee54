/**
 * The timeline: every case's dated events and the Istio releases on one axis,
 * grouped by year. Pure, so unit tests feed it plain data.
 */
interface Pair {
  zh: string;
  en: string;
}

/** What the timeline needs from a case. */
export interface TimelineCase {
  slug: string;
  facts: {
    data: {
      company: Pair;
      period: { sources: string[] };
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
  /** The case's own account, dated by the sources its adoption period rests on. */
  | { kind: 'told'; date: string; slug: string; company: Pair; source: { key: string; title: string } }
  | { kind: 'since'; date: string; slug: string; company: Pair; text: Pair; sources: string[] };

/** Events oldest first; on the same date releases come first, then cases by company. */
export function timelineEvents(
  studies: readonly TimelineCase[],
  releases: readonly TimelineRelease[],
): TimelineEvent[] {
  const events: TimelineEvent[] = releases.map((release) => ({ kind: 'release', date: release.date, release }));
  for (const study of studies) {
    const { company, period, sinceThen, sources } = study.facts.data;
    for (const key of new Set(period.sources)) {
      const source = sources.find((s) => s.key === key);
      if (source?.date) events.push({ kind: 'told', date: source.date, slug: study.slug, company, source });
    }
    for (const event of sinceThen) events.push({ kind: 'since', slug: study.slug, company, ...event });
  }
  const order = (e: TimelineEvent) => (e.kind === 'release' ? '' : e.company.en);
  return events.sort((a, b) => a.date.localeCompare(b.date) || order(a).localeCompare(order(b), 'en'));
}

/** The events of each year, years in order. */
export function byYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years].map(([year, list]) => ({ year, events: list }));
}

/** When a case was first told in public: the earliest date among the sources of its adoption period. */
export function firstToldDate(study: TimelineCase): string | undefined {
  const { period, sources } = study.facts.data;
  return sources
    .filter((s) => period.sources.includes(s.key) && s.date)
    .map((s) => s.date as string)
    .sort()[0];
}
