/** getStaticPaths for the three facet routes: every value of the kind, in both languages, paginated. */
import type { PaginateFunction } from 'astro';
import { getFacets } from './cases';
import { FACET_PAGE_SIZE, FACET_VALUES, type FacetKind } from './facets';
import { paginateEachLanguage } from './paginate';

export async function facetStaticPaths(kind: FacetKind, paginate: PaginateFunction) {
  const facets = await getFacets();
  return FACET_VALUES[kind].flatMap((value) =>
    paginateEachLanguage(paginate, facets.of(kind, value).members, FACET_PAGE_SIZE, { kind, value }, { value }),
  );
}
