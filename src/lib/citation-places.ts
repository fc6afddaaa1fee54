/**
 * Where a case page cites its sources, so each entry of the source list can
 * link back to every place that cites it. A place is one citation mark (one
 * `sup.cite`, holding one or more keys) and carries the id; the source list links
 * to the place. Article places get their ids from the Markdown plugin (numbered
 * in text order); the page's own panels name their places here, and the
 * components use the same names. The link
 * checker in the browser tests fails on any back-link with no target.
 */
import type { CaseFacts } from './cases';
import { CAPABILITIES, entryOf } from './vocabulary';

/** The keys of each citation mark of an article, in text order (from the Markdown plugin). */
export type ArticleMarks = readonly (readonly string[])[];

/** The id of a citation mark: a named place, or the n-th mark in the article. */
export const citationId = (place: string | number) => `c${place}`;

/**
 * Place names are a letter and at most an index, never a bare number (those are
 * the article's): a long case has over a hundred citations, and every id is
 * written again on each back-link.
 */
export const place = {
  headquarters: 'h',
  platform: 'p',
  period: 't',
  figure: (i: number) => `f${i}`,
  diagram: 'd',
  read: 'r',
  capability: (name: (typeof CAPABILITIES)[number]) => `c${CAPABILITIES.indexOf(name)}`,
  since: (i: number) => `s${i}`,
  caveat: (i: number) => `v${i}`,
} as const;

/** Events after the case in the order the page shows them (oldest first); places number them in this order. */
export const sinceThenInOrder = (events: CaseFacts['sinceThen']) =>
  [...events].sort((a, b) => a.date.localeCompare(b.date));

/**
 * Every citation on a case page in page order, as [key, place id] pairs: the facts
 * panel, the article (`articleMarks` lists the keys of each of its marks), then
 * the diagram, capabilities, later events and caveats.
 */
function citationsOnPage(facts: CaseFacts, articleMarks: ArticleMarks): [string, string][] {
  const at = (keys: readonly string[], where: string | number) =>
    keys.map((key) => [key, citationId(where)] as [string, string]);
  const article = articleMarks.flatMap((keys, i) => at(keys, i + 1));
  return [
    ...facts.keyFigures.flatMap((figure, i) => at([figure.source], place.figure(i))),
    ...(facts.headquarters ? at([facts.headquarters.source], place.headquarters) : []),
    ...at(facts.platform.sources, place.platform),
    ...at(facts.period.sources, place.period),
    ...article,
    ...(facts.read === undefined ? [] : at([facts.read], place.read)),
    ...(facts.architecture ? at(facts.architecture.sources, place.diagram) : []),
    ...CAPABILITIES.flatMap((name) => {
      const claim = entryOf(facts.capabilities, name);
      return claim.note ? at(claim.sources, place.capability(name)) : [];
    }),
    ...sinceThenInOrder(facts.sinceThen).flatMap((event, i) => at(event.sources, place.since(i))),
    ...facts.caveats.flatMap((caveat, i) => at(caveat.sources, place.caveat(i))),
  ];
}

/** The citation ids of each source key, in page order. */
export function backLinks(facts: CaseFacts, articleMarks: ArticleMarks): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const [key, id] of citationsOnPage(facts, articleMarks)) links.set(key, [...(links.get(key) ?? []), id]);
  return links;
}
