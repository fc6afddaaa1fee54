/** Every listing paginates the same way in each language: one paginate() per language, with its params and props. */
import type { PaginateFunction, Params, Props } from 'astro';
import { langPaths } from './url';

export function paginateEachLanguage<T, P extends Props, Q extends Params = Record<never, never>>(
  paginate: PaginateFunction,
  items: readonly T[],
  pageSize: number,
  props: P,
  params?: Q,
) {
  return langPaths().flatMap((lang) =>
    paginate(items, {
      pageSize,
      params: { ...lang.params, ...(params as Q) },
      props: { ...lang.props, ...props },
    }),
  );
}
