/**
 * Excerpts cut from a page's indexed text, grouped under the heading they came
 * from. Pagefind's own excerpts mark query segments ("可观" + "性") and may
 * centre on a section that holds only part of the query, so the page cuts its
 * own: it splits the text at the headings Pagefind recorded, keeps the sections
 * that hold a term, and shows a window around the first match with whole terms
 * marked.
 */
import { highlight, hitRanges, type Piece, type Term } from './search-terms';

export interface Anchor {
  element: string;
  id: string;
  text: string;
}

export interface Hit {
  /** The heading the excerpt sits under, marked; undefined for text before the first heading. */
  heading?: Piece[];
  /** The heading's id, for a link straight to it. */
  id?: string;
  pieces: Piece[];
}

/** How much text an excerpt shows around its first match, in characters. */
const WINDOW = { han: 64, latin: 170 } as const;

/** Full-width punctuation that closes a clause or a bracket; no space goes before it. */
const CLOSING = '。，、；：！？）」』》';

/**
 * Tidies the joins Pagefind makes: it ends headings and list items with an
 * ASCII ". " (a "。" in Chinese), and a removed citation leaves a space before
 * the punctuation that followed it.
 */
export function tidy(text: string): string {
  return text
    .replace(/(\p{Script=Han}|[）」』》”])\s*\.(?=\s|$)/gu, '$1。')
    .replace(/(\S)\.\s+(?=\p{Script=Han})/gu, '$1。')
    .replace(new RegExp(`\\s+([${CLOSING}])`, 'gu'), '$1')
    .replace(new RegExp(`([${CLOSING}（「『《])\\s+`, 'gu'), '$1')
    .replace(/(\S)\s+([.,;:!?])(?=\s|$)/g, '$1$2')
    .replace(/\s{2,}/g, ' ');
}

/** Splits the page text at its headings: [heading, its text] pairs; the first has no heading. */
function sections(content: string, anchors: readonly Anchor[]): { anchor?: Anchor; text: string }[] {
  const starts: { anchor: Anchor; at: number; after: number }[] = [];
  let from = 0;
  for (const anchor of anchors) {
    if (!/^h[1-6]$/.test(anchor.element) || !anchor.text) continue;
    const at = content.indexOf(anchor.text, from);
    if (at < 0) continue;
    starts.push({ anchor, at, after: at + anchor.text.length });
    from = at + anchor.text.length;
  }
  const parts: { anchor?: Anchor; text: string }[] = [{ text: content.slice(0, starts[0]?.at ?? content.length) }];
  starts.forEach((start, i) => {
    const text = content.slice(start.after, starts[i + 1]?.at ?? content.length).replace(/^[.\s]+/, '');
    parts.push({ anchor: start.anchor, text });
  });
  return parts;
}

const LEADING_PUNCTUATION = new RegExp(`^[\\s.,;:!?${CLOSING}]+`, 'u');

/**
 * A window of the text around its first match, cut at word or sentence edges,
 * with the terms marked. With no match, the text's opening when `opening` is set,
 * else nothing.
 */
function excerpt(text: string, terms: readonly Term[], opening = false): Piece[] {
  const clean = tidy(text).trim();
  const first = hitRanges(clean, terms)[0] ?? (opening ? ([0, 0] as [number, number]) : undefined);
  if (!first) return [];
  const han = /\p{Script=Han}/u.test(clean.slice(Math.max(0, first[0] - 20), first[1] + 20));
  const size = han ? WINDOW.han : WINDOW.latin;
  let start = Math.max(0, first[0] - Math.floor(size / 3));
  // Never cut a Latin word in two, in Chinese text either.
  while (start > 0 && start < first[0] && /[\p{Script=Latin}\p{N}]/u.test(clean.charAt(start - 1))) start++;
  // Start at a sentence if one begins shortly before the match; otherwise at a word.
  const sentence = Math.max(clean.lastIndexOf('。', first[0] - 1), clean.lastIndexOf('. ', first[0] - 1));
  if (sentence >= start - size / 3 && sentence >= 0) start = sentence + 1;
  else if (!han && start > 0) start = clean.indexOf(' ', start) + 1 || start;
  let end = Math.min(clean.length, Math.max(start + size, first[1]));
  if (!han && end < clean.length) end = clean.lastIndexOf(' ', end) > first[1] ? clean.lastIndexOf(' ', end) : end;
  let window = clean.slice(start, end).replace(LEADING_PUNCTUATION, '');
  if (start > 0 && !/[。.!?]$/u.test(clean.slice(0, start).trim())) window = `…${window}`;
  if (end < clean.length) window = `${window.trimEnd()}…`;
  return highlight(window, terms);
}

/**
 * The page's hits, at most `limit`, in page order: each section holding some
 * term gives one excerpt under its heading. The page title (shown as the
 * result's link) is cut from the text before the first heading.
 */
export function hits(
  content: string,
  anchors: readonly Anchor[],
  terms: readonly Term[],
  limit: number,
  title = '',
): Hit[] {
  const found: Hit[] = [];
  for (const [i, part] of sections(content, anchors).entries()) {
    if (found.length >= limit) break;
    // The card shows the title already: the text before the first heading starts with it.
    const text = i === 0 && title && part.text.startsWith(title) ? part.text.slice(title.length) : part.text;
    const pieces = excerpt(text, terms);
    const headingHolds = part.anchor && hitRanges(part.anchor.text, terms).length > 0;
    if (!pieces.length && !headingHolds) continue;
    const hit: Hit = { pieces: pieces.length ? pieces : excerpt(text, terms, true) };
    if (part.anchor) Object.assign(hit, { heading: highlight(part.anchor.text, terms), id: part.anchor.id });
    found.push(hit);
  }
  return found;
}
