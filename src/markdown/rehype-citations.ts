/**
 * Turns citation keys such as `[T1]` or `[T1, T2]` in article text into links to
 * the page's source list, and fails the build when a key is not among the case's
 * sources, so no claim can point at nothing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../lib/content-dir';
import { citationPattern, sourceAnchor } from '../lib/citations';
import { articleFileOf } from './article-file';

const cache = new Map<string, { mtime: number; keys: Set<string> }>();

/** The source keys a case lists, parsed once per change of its facts file. */
function sourceKeysOf(slug: string): Set<string> | undefined {
  const path = `${contentDir}/cases/${slug}.yaml`;
  if (!existsSync(path)) return undefined;
  const mtime = statSync(path).mtimeMs;
  const hit = cache.get(path);
  if (hit?.mtime === mtime) return hit.keys;
  const data = parseYaml(readFileSync(path, 'utf8')) as { sources?: { key?: unknown }[] } | null;
  const keys = new Set((data?.sources ?? []).map((s) => String(s.key)));
  cache.set(path, { mtime, keys });
  return keys;
}

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
    const article = articleFileOf(file.path);
    if (!article) return;
    const known = sourceKeysOf(article.slug);
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
        for (const key of keys) {
          if (!known?.has(key)) {
            file.fail(
              `Citation [${key}] in ${file.path} is not a source of case "${article.slug}". Add a source with key ${key} to ${contentDir}/cases/${article.slug}.yaml or cite one of: ${[...(known ?? [])].join(', ')}.`,
              node,
            );
          }
        }
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
