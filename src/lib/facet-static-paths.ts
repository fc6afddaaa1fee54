/** getStaticPaths for the three facet routes: every value of the kind, in both languages, paginated. */
import type { PaginateFunction } from 'astro';
import { getCaseStudies } from './cases';
import { FACET_PAGE_SIZE, FACET_VALUES, facetMembers, type FacetKind } from './facets';
import { paginateEachLanguage } from './paginate';

export async function facetStaticPaths(kind: FacetKind, paginate: PaginateFunction) {
  const studies = await getCaseStudies();
  return FACET_VALUES[kind].flatMap((value) =>
    paginateEachLanguage(
      paginate,
      facetMembers(studies, kind, value),
      FACET_PAGE_SIZE,
      { kind, value, studies },
      { value },
    ),
  );
}
