/**
 * Parts of every page that Pagefind leaves out of its index by selector rather
 * than by a data-pagefind-ignore attribute on each: citation marks and heading
 * anchors are navigation, not content, and a long case has over a hundred of
 * them. The Pagefind integration and the search-quality ground truth read this.
 */
export const PAGEFIND_EXCLUDE_SELECTORS = ['.cite', '.heading .anchor'];
