/** Citation syntax shared by the Markdown plugin, the source list and the tests. */

/** `[T1]`, `[T1, T2]` or `[T1，T2]`: capital letters then digits, comma-separated. */
export const citationPattern = () => /\[([A-Z]+\d+(?:\s*[,，]\s*[A-Z]+\d+)*)\]/g;

/**
 * The id of a source's entry in the page's source list: the key itself (`#T1`).
 * Keys are capitals and digits, so they meet no heading slug (lower case) or
 * citation mark id (`c` and a number or place name); every citation repeats it.
 */
export const sourceAnchor = (key: string) => key;

/** Every key cited in a piece of Markdown. */
export function citedKeys(markdown: string): string[] {
  const keys = new Set<string>();
  for (const match of markdown.matchAll(citationPattern())) {
    for (const key of (match[1] ?? '').split(/\s*[,，]\s*/)) keys.add(key);
  }
  return [...keys];
}
