/** The sources behind a set of citation keys, with the anchor of each in its case page's source list. */
import { sourceAnchor } from './citations';

export function citedSources<S extends { key: string; title: string }>(
  sources: readonly S[],
  keys: readonly string[],
): (S & { anchor: string })[] {
  return keys.flatMap((key) => {
    const source = sources.find((s) => s.key === key);
    return source ? [{ ...source, anchor: sourceAnchor(key) }] : [];
  });
}
