/**
 * Turns citation keys such as `[T1]` or `[T1, T2]` in article text into links to
 * the page's source list, in case articles and on the Istio-today page. That each
 * key is among the page's sources is checked once, by the content gate, before
 * this runs.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationPattern, sourceAnchor } from '../lib/citations';
import { citationId } from '../lib/citation-places';
import { articleFileOf, istioTodayFileOf } from './article-file';

/**
 * `[T1, T2]` becomes superscript links without the brackets, styled as small
 * 24 × 24 px targets. Each link gets an id numbered per key in text order
 * (`cite-T1-2` is the second citation of T1), so the source list can link back;
 * only in case articles, which are one per page (other pages join several files).
 */
function citationNode(keys: string[], counts: Record<string, number> | undefined): Element {
  const children: ElementContent[] = [];
  keys.forEach((key, i) => {
    if (i > 0) children.push({ type: 'text', value: ' ' });
    const n = counts ? (counts[key] = (counts[key] ?? 0) + 1) : 0;
    children.push({
      type: 'element',
      tagName: 'a',
      properties: { ...(counts ? { id: citationId(key, n) } : {}), href: `#${sourceAnchor(key)}` },
      children: [{ type: 'text', value: key }],
    });
  });
  // Source keys are navigation, not content: keep them out of the search index and its excerpts.
  return { type: 'element', tagName: 'sup', properties: { className: ['cite'], dataPagefindIgnore: '' }, children };
}

/** Hand the per-key citation counts to the page, through the frontmatter that render() returns. */
function exportCounts(file: VFile, counts: Record<string, number>) {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter['citationCounts'] = counts;
}

/** Han characters and CJK punctuation: each one is a word of its own for line breaking. */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
/** The word a citation follows: one CJK character, or a Latin run of up to 30 characters. */
const WORD_BEFORE = new RegExp(`(?:[${CJK}]|[^\\s${CJK}]{1,30})$`);
/** Closing punctuation right after a citation, in either language. */
const CLOSING = /^[.,;:!?)\]。，、；：！？）」』”’]+/;

export function rehypeCitations() {
  return (tree: Root, file: VFile) => {
    if (!articleFileOf(file.path) && !istioTodayFileOf(file.path)) return;
    const counts: Record<string, number> | undefined = articleFileOf(file.path) ? {} : undefined;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined) return;
      if (parent.type === 'element' && ['a', 'code', 'pre'].includes(parent.tagName)) return;
      const pattern = citationPattern();
      if (!pattern.test(node.value)) return;
      pattern.lastIndex = 0;
      const parts: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(pattern)) {
        const keys = (match[1] ?? '').split(/\s*[,，]\s*/);
        // The space before a key goes (a superscript sits on its word), and the word, the keys and any closing
        // punctuation after them are kept on one line, so no line starts with a key or with `.` or `；`.
        const before = node.value.slice(last, match.index).replace(/\s+$/, '');
        const word = before.match(WORD_BEFORE)?.[0] ?? '';
        const end = match.index + match[0].length;
        const punctuation = node.value.slice(end).match(CLOSING)?.[0] ?? '';
        if (before.length > word.length)
          parts.push({ type: 'text', value: before.slice(0, before.length - word.length) });
        const group: ElementContent[] = [];
        if (word) group.push({ type: 'text', value: word });
        group.push(citationNode(keys, counts));
        if (punctuation) group.push({ type: 'text', value: punctuation });
        parts.push({ type: 'element', tagName: 'span', properties: { className: ['cited'] }, children: group });
        last = end + punctuation.length;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    if (counts) exportCounts(file, counts);
  };
}
