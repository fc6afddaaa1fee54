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
import { articleFileOf, istioTodayFileOf } from './article-file';

function citationNode(keys: string[]): Element {
  const children: ElementContent[] = [{ type: 'text', value: '[' }];
  keys.forEach((key, i) => {
    if (i > 0) children.push({ type: 'text', value: ', ' });
    children.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `#${sourceAnchor(key)}` },
      children: [{ type: 'text', value: key }],
    });
  });
  children.push({ type: 'text', value: ']' });
  // Source keys are navigation, not content: keep them out of the search index and its excerpts.
  return { type: 'element', tagName: 'sup', properties: { className: ['cite'], dataPagefindIgnore: '' }, children };
}

export function rehypeCitations() {
  return (tree: Root, file: VFile) => {
    if (!articleFileOf(file.path) && !istioTodayFileOf(file.path)) return;
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
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push(citationNode(keys));
        last = match.index + match[0].length;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
