/** getStaticPaths for the three facet routes: every value of the kind, in both languages, paginated. */
import type { PaginateFunction } from 'astro';
import { getCaseStudies } from './cases';
import { FACET_PAGE_SIZE, FACET_VALUES, facetMembers, type FacetKind } from './facets';
import { langPaths } from './url';

export async function facetStaticPaths(kind: FacetKind, paginate: PaginateFunction) {
  const studies = await getCaseStudies();
  return langPaths().flatMap(({ params, props }) =>
    FACET_VALUES[kind].flatMap((value) =>
      paginate(facetMembers(studies, kind, value), {
        pageSize: FACET_PAGE_SIZE,
        params: { ...params, value },
        props: { ...props, kind, value, studies },
      }),
    ),
  );
}
