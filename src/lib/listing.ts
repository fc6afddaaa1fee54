/** The home page's listing: the latest adopters first, a page of cards at a time, grouped by adoption year. */
import { adoptionYear } from './case-model';
import { byName, type Lang } from './languages';

/** Cards per page of the home listing. */
export const HOME_PAGE_SIZE = 12;

/** Language-neutral path of a page of the listing; the first is the home page. */
export const listingPath = (page: number) => (page > 1 ? `/page/${page}/` : '/');

interface ListedCase {
  facts: { data: { company: Record<Lang, string>; kind: string; period: { start: string } } };
}

/**
 * Latest adoption first, by the date each company's Istio use began (the year
 * the cards show); within a date, full cases before briefs, then by company.
 */
export function newestFirst<S extends ListedCase>(studies: readonly S[]): S[] {
  return [...studies].sort(
    (a, b) =>
      b.facts.data.period.start.localeCompare(a.facts.data.period.start) ||
      Number(a.facts.data.kind === 'brief') - Number(b.facts.data.kind === 'brief') ||
      byName(a.facts.data.company, b.facts.data.company),
  );
}

/** A page's cases in runs of one adoption year, in the page's order. */
export function byAdoptionYear<S extends ListedCase>(studies: readonly S[]): { year: string; studies: S[] }[] {
  const groups: { year: string; studies: S[] }[] = [];
  for (const study of studies) {
    const year = adoptionYear(study.facts.data);
    const last = groups.at(-1);
    if (last?.year === year) last.studies.push(study);
    else groups.push({ year, studies: [study] });
  }
  return groups;
}
