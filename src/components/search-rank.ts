/**
 * Re-ranks the pages that hold the query. Pagefind orders by how often and
 * where the query's segments occur; a reader who types a company, an industry
 * or a capability expects that case first, so pages fall into tiers:
 * 0. a case whose title, company, summary or industry holds the query;
 * 1. a case whose documented capabilities or platform hold it;
 * 2. any other case page that holds it;
 * 3. any other kind of page (Istio today, a facet page, the timeline).
 * Tiers 2 and 3 weigh the same, in Pagefind's order, unless the query names
 * something (some result is in tier 0 or 1): then every case page comes
 * before the other kinds. "Istio 1.5" or "ambient" names no case, and finds the
 * timeline and Istio today first.
 */
import { PREFIXES } from '../lib/languages';
import { holdsAll, type Term } from './search-terms';

export interface RankedPage {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Label of a filter value (the vocabulary key) in the page language. */
export type LabelOf = (filter: string, key: string) => string;

/** What a page is, from its path: the first segment after the base and the language prefix ("cases", "timeline", …). */
export function kindOf(url: string, base: string): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const [first = '', second = ''] = path.split('/');
  return (PREFIXES.includes(first) ? second : first) || 'home';
}

export function tier(page: RankedPage, terms: readonly Term[], labelOf: LabelOf, base: string): number {
  if (kindOf(page.url, base) !== 'cases') return 3;
  const labels = (filter: string) => (page.filters[filter] ?? []).map((key) => labelOf(filter, key));
  const strong = [page.meta['title'], page.meta['company'], page.meta['summary'], ...labels('industry')];
  if (holdsAll(strong.join('\n'), terms)) return 0;
  if (holdsAll([...labels('capability'), ...labels('platform')].join('\n'), terms)) return 1;
  return 2;
}

/** The tier as a sort key: when the query names nothing, cases that only mention it and other pages share one. */
export const sortKey = (tier: number, named: boolean) => (named ? tier : Math.min(tier, 2));
