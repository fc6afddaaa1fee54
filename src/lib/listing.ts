/** The home page's listing: newest cases first, a page of cards at a time. */
import { byName } from './languages';
import { firstToldDate, type TimelineCase } from './timeline';

/** Cards per page of the home listing. */
export const HOME_PAGE_SIZE = 12;

/** Language-neutral path of a page of the listing; the first is the home page. */
export const listingPath = (page: number) => (page > 1 ? `/page/${page}/` : '/');

/** Newest first by when each case was first told in public; undated cases last; ties by company. */
export function newestFirst<S extends TimelineCase>(studies: readonly S[]): S[] {
  const date = (s: S) => firstToldDate(s) ?? '';
  return [...studies].sort(
    (a, b) => date(b).localeCompare(date(a)) || byName(a.facts.data.company, b.facts.data.company),
  );
}
