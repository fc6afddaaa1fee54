/**
 * What "a result holds the query" means, in one place: the search page filters
 * Pagefind's candidates with it and the search-quality bench computes its
 * ground truth with it. A query is split into terms, and a text holds the query
 * when it holds every term:
 * - a run of Han characters, or of Japanese kana or Korean Hangul (scripts
 *   written without spaces between words), must appear as it is (a substring,
 *   not its segments): "ゾゾタウン" finds the page that writes it;
 * - a Latin word or number must start a word (so a prefix or a plural matches:
 *   "mesh" finds "meshes"; a query word's plural or -ing form is trimmed first);
 * - words joined by "-" or "/" ("multi-cluster", "pub/sub") and quoted phrases
 *   must appear together, in order, as whole words.
 * Text and query are compared after NFKC folding (full-width letters, ligatures)
 * and case folding, so "ＧＤＰＲ" finds "GDPR".
 */
export interface Term {
  /** The term as the reader typed it, for messages. */
  text: string;
  /** Matches the term in folded text; global, so it can find every occurrence. */
  pattern: RegExp;
}

/** Han, kana (with the long-vowel mark ー, which Unicode files under no script) and Hangul. */
const UNSPACED = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u30FC]';
/** Letters that make up alphabetic words; Han characters are letters too, but a Latin word may touch them. */
const WORD_CHAR = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{N}]';
const wordChar = new RegExp(WORD_CHAR, 'u');
/** A Latin word or number, with inner dots or apostrophes kept ("1.0", "o'neil"). */
const LATIN_WORD = `${WORD_CHAR}+(?:[.'’]${WORD_CHAR}+)*`;

export const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * Folds character by character, keeping each one where folding would change
 * the length ("…" is "..." under NFKC), so positions in the result are
 * positions in the original text.
 */
function foldInPlace(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = fold(ch);
    out += folded.length === ch.length ? folded : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Trims an English inflection so that "clusters" also finds "cluster"; short words stay whole. */
function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length < 5) return word;
  for (const suffix of ['ing', 'es', 's', 'ed']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Lookarounds that keep a piece to whole words where it starts or ends with a letter (a Han character needs none). */
export const startsWord = (piece: string) => (wordChar.test(piece.charAt(0)) ? `(?<!${WORD_CHAR})` : '');
export const endsWord = (piece: string) => (wordChar.test(piece.charAt(piece.length - 1)) ? `(?!${WORD_CHAR})` : '');

/** A single Latin word: starts a word, may continue (prefix match). */
function wordTerm(word: string): Term {
  return { text: word, pattern: new RegExp(`${startsWord(word)}${escape(stem(fold(word)))}`, 'gu') };
}

/**
 * Words that must appear together, in order; any run of spaces, "-" or "/" may
 * join them. A quoted phrase ends on a whole word; a joined compound such as
 * "multi-cluster" may go on ("multi-clusters"), like a single word.
 */
function phraseTerm(text: string, words: string[], whole: boolean): Term {
  const body = words.map((w) => escape(fold(w))).join('[\\s\\-/]*');
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  return { text, pattern: new RegExp(`${startsWord(first)}${body}${whole ? endsWord(last) : ''}`, 'gu') };
}

/** A run of Han, kana or Hangul characters (or a quoted phrase that mixes scripts): the exact text, spaces loosened. */
function exactTerm(text: string): Term {
  const pieces = fold(text).trim().split(/\s+/).map(escape);
  const body = pieces.join('\\s*');
  return { text, pattern: new RegExp(`${startsWord(text.trim())}${body}${endsWord(text.trim())}`, 'gu') };
}

const tokens = new RegExp(`"([^"]*)"?|(${UNSPACED}+)|(${LATIN_WORD}(?:[-/]${LATIN_WORD})*)`, 'gu');

/** Splits a query into terms; punctuation outside words and quotes is dropped. */
export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  // Straight quotes only after folding: “…” and ＂…＂ count as quotes too.
  const normal = query.normalize('NFKC').replace(/[“”„‟]/g, '"');
  for (const [, quoted, han, latin] of normal.matchAll(tokens)) {
    if (quoted !== undefined) {
      const words = quoted.match(new RegExp(`${UNSPACED}+|${LATIN_WORD}`, 'gu')) ?? [];
      if (!words.length) continue;
      const hasUnspaced = new RegExp(UNSPACED, 'u').test(quoted);
      terms.push(hasUnspaced ? exactTerm(quoted) : phraseTerm(`"${quoted.trim()}"`, words, true));
    } else if (han) {
      terms.push(exactTerm(han));
    } else if (latin) {
      const words = latin.split(/[-/]/);
      terms.push(words.length > 1 ? phraseTerm(latin, words, false) : wordTerm(latin));
    }
  }
  return terms;
}

/** True when the text holds every term. A query with no terms holds nowhere. */
export function holdsAll(text: string, terms: readonly Term[]): boolean {
  if (!terms.length) return false;
  const folded = fold(text);
  return terms.every((term) => {
    term.pattern.lastIndex = 0;
    return term.pattern.test(folded);
  });
}

/** A stretch of text, marked when it is a match of some term. */
export interface Piece {
  text: string;
  hit: boolean;
}

/**
 * Where the terms occur in the text, as [start, end) ranges of the original
 * string. A Latin match is widened to its whole word, so "observ" marks
 * "observability", not its first six letters.
 */
export function hitRanges(text: string, terms: readonly Term[]): [number, number][] {
  const folded = foldInPlace(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    term.pattern.lastIndex = 0;
    for (const match of folded.matchAll(term.pattern)) {
      let end = match.index + match[0].length;
      if (wordChar.test(match[0].charAt(match[0].length - 1))) while (wordChar.test(text.charAt(end))) end++;
      ranges.push([match.index, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The text cut into marked and unmarked pieces. */
export function highlight(text: string, terms: readonly Term[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of hitRanges(text, terms)) {
    if (start > at) pieces.push({ text: text.slice(at, start), hit: false });
    pieces.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}
