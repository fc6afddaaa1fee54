/**
 * Other words for the same thing. The vocabulary gives each industry, platform
 * and capability a group of words per language (its label and aliases,
 * src/lib/vocabulary.ts aliasGroups); where the query holds one of a group's
 * words, search also tries the query with that word swapped for each other one.
 * A result must still hold the query or one of these alternatives, by the same
 * rule (search-terms.ts), so no result comes without a word the reader can see.
 */
import { endsWord, fold, holdsAll, parseQuery, startsWord } from './search-terms';

/** At most this many alternatives are tried, each one more index search. */
const MOST = 8;

/**
 * Folded, with hyphens, slashes and runs of spaces as one space, and none
 * beside a Han character: "E-mail" and "e mail" are one spelling, "双向TLS" and
 * "双向 TLS" another; "email" is a third.
 */
const spelling = (text: string) =>
  fold(text)
    .replace(/[\s\-/]+/g, ' ')
    .replace(/ ?(\p{Script=Han}) ?/gu, '$1')
    .trim();

/**
 * The queries tried besides the reader's, shortest first. One that holds the
 * query, or another alternative, finds nothing more and is left out
 * ("Security and mTLS" for "mTLS").
 */
export function alternatives(query: string, groups: readonly (readonly string[])[]): string[] {
  const asked = spelling(query);
  const found: string[] = [];
  for (const group of groups) {
    // The longest word of the group that the query holds, as whole words.
    const words = group.map(spelling);
    const at = words
      .map((word) => ({
        word,
        match: new RegExp(`${startsWord(word)}${escape(word)}${endsWord(word)}`, 'u').exec(asked),
      }))
      .filter(({ match }) => match)
      .sort((a, b) => b.word.length - a.word.length)[0];
    if (!at?.match) continue;
    const { index, 0: text } = at.match;
    for (const [i, other] of group.entries()) {
      if (words[i] !== at.word)
        found.push(`${asked.slice(0, index)}${other}${asked.slice(index + text.length)}`.trim());
    }
  }
  const terms = parseQuery(query);
  const kept: string[] = [];
  for (const alternative of found.sort((a, b) => a.length - b.length)) {
    const redundant = [query, ...kept].some((other) =>
      holdsAll(alternative, other === query ? terms : parseQuery(other)),
    );
    if (!redundant && parseQuery(alternative).length) kept.push(alternative);
  }
  return kept.slice(0, MOST);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
