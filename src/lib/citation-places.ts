/**
 * Where a case page cites its sources, so each entry of the source list can
 * link back to every place that cites it. Article citations get their ids from
 * the Markdown plugin (numbered per key, in text order); the page's own panels
 * name their places here, and the components use the same names. The link
 * checker in the browser tests fails on any back-link with no target.
 */
import type { CaseFacts } from './cases';
import { CAPABILITIES, entryOf } from './vocabulary';

/** The id of a citation link: a key cited at a named place, or the n-th time in the article. */
export const citationId = (key: string, place: string | number) => `cite-${key}-${place}`;

/**
 * Place names are a letter and at most an index, never a bare number (those are
 * the article's): a long case has well over a hundred citations, and every id
 * is written twice, on the citation and on its back-link.
 */
export const place = {
  headquarters: 'h',
  platform: 'p',
  period: 't',
  figure: (i: number) => `f${i}`,
  diagram: 'd',
  capability: (name: (typeof CAPABILITIES)[number]) => `c${CAPABILITIES.indexOf(name)}`,
  since: (i: number) => `s${i}`,
  caveat: (i: number) => `v${i}`,
} as const;

/** Events after the case in the order the page shows them (oldest first); places number them in this order. */
export const sinceThenInOrder = (events: CaseFacts['sinceThen']) =>
  [...events].sort((a, b) => a.date.localeCompare(b.date));

/**
 * Every citation on a case page in page order, as [key, id] pairs: the facts
 * panel, the article (`articleCounts` says how often it cites each key), then
 * the diagram, capabilities, later events and caveats.
 */
export function citationsOnPage(facts: CaseFacts, articleCounts: Record<string, number>): [string, string][] {
  const at = (keys: readonly string[], where: string) =>
    keys.map((key) => [key, citationId(key, where)] as [string, string]);
  const article = Object.entries(articleCounts).flatMap(([key, n]) =>
    Array.from({ length: n }, (_, i) => [key, citationId(key, i + 1)] as [string, string]),
  );
  return [
    ...facts.keyFigures.flatMap((figure, i) => at([figure.source], place.figure(i))),
    ...(facts.headquarters ? at([facts.headquarters.source], place.headquarters) : []),
    ...at(facts.platform.sources, place.platform),
    ...at(facts.period.sources, place.period),
    ...article,
    ...(facts.architecture ? at(facts.architecture.sources, place.diagram) : []),
    ...CAPABILITIES.flatMap((name) => {
      const claim = entryOf(facts.capabilities, name);
      return claim.note || claim.reason ? at(claim.sources, place.capability(name)) : [];
    }),
    ...sinceThenInOrder(facts.sinceThen).flatMap((event, i) => at(event.sources, place.since(i))),
    ...facts.caveats.flatMap((caveat, i) => at(caveat.sources, place.caveat(i))),
  ];
}

/** The citation ids of each source key, in page order. */
export function backLinks(facts: CaseFacts, articleCounts: Record<string, number>): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const [key, id] of citationsOnPage(facts, articleCounts)) links.set(key, [...(links.get(key) ?? []), id]);
  return links;
}
