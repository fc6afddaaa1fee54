/**
 * Re-ranks the pages that hold the query. Pagefind orders by how often and
 * where the query's segments occur; a reader who types a company, an industry
 * or a capability expects that case first, so three tiers come before
 * Pagefind's order:
 * 0. a case whose title, company, summary or industry holds the query;
 * 1. a case whose documented capabilities or platform hold it;
 * 2. everything else (case pages that mention it, and every other kind of page).
 */
import { holdsAll, type Term } from './search-terms';

export interface RankedPage {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Label of a filter value (the vocabulary key) in the page language. */
export type LabelOf = (filter: string, key: string) => string;

/** What a page is, from its path: the first segment after the base and the language ("cases", "timeline", …). */
export function kindOf(url: string, base: string): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const [first = '', second = ''] = path.split('/');
  return (first === 'en' ? second : first) || 'home';
}

export function tier(page: RankedPage, terms: readonly Term[], labelOf: LabelOf, base: string): number {
  if (kindOf(page.url, base) !== 'cases') return 2;
  const labels = (filter: string) => (page.filters[filter] ?? []).map((key) => labelOf(filter, key));
  const strong = [page.meta['title'], page.meta['company'], page.meta['summary'], ...labels('industry')];
  if (holdsAll(strong.join('\n'), terms)) return 0;
  if (holdsAll([...labels('capability'), ...labels('platform')].join('\n'), terms)) return 1;
  return 2;
}
