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
import { citationId } from '../lib/citation-places';
import { istioReleases, releaseSources } from '../data/istio-releases';
import { articleFileOf, istioTodayFileOf } from './article-file';

const cache = new Map<string, { mtime: number; keys: Set<string> }>();

/** The source keys a case lists, parsed once per change of its facts file. */
function sourceKeysOf(slug: string): Set<string> | undefined {
  return sourceKeysIn(`${contentDir}/cases/${slug}.yaml`);
}

/** The `sources[].key` values of a YAML file, cached until the file changes. */
function sourceKeysIn(path: string): Set<string> | undefined {
  if (!existsSync(path)) return undefined;
  const mtime = statSync(path).mtimeMs;
  const hit = cache.get(path);
  if (hit?.mtime === mtime) return hit.keys;
  const data = parseYaml(readFileSync(path, 'utf8')) as { sources?: { key?: unknown }[] } | null;
  const keys = new Set((data?.sources ?? []).map((s) => String(s.key)));
  cache.set(path, { mtime, keys });
  return keys;
}

/** The keys the Istio-today page can cite: its own sources plus those of the release list. */
function istioTodayKeys(): Set<string> {
  const keys = new Set(sourceKeysIn(`${contentDir}/istio-today/sources.yaml`));
  for (const source of releaseSources(istioReleases)) keys.add(source.key);
  return keys;
}

/** What a file may cite, and where a missing key should be added; undefined for files without citations. */
function citableOf(path: string | undefined): { known: Set<string>; owner: string; list: string } | undefined {
  const article = articleFileOf(path);
  if (article) {
    return {
      known: sourceKeysOf(article.slug) ?? new Set(),
      owner: `case "${article.slug}"`,
      list: `${contentDir}/cases/${article.slug}.yaml`,
    };
  }
  if (istioTodayFileOf(path)) {
    return {
      known: istioTodayKeys(),
      owner: 'the Istio-today page',
      list: `${contentDir}/istio-today/sources.yaml (or a release in src/data/istio-releases.ts)`,
    };
  }
  return undefined;
}

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

export function rehypeCitations() {
  return (tree: Root, file: VFile) => {
    const citable = citableOf(file.path);
    if (!citable) return;
    const { known, owner, list } = citable;
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
        for (const key of keys) {
          if (!known.has(key)) {
            file.fail(
              `Citation [${key}] in ${file.path} is not a source of ${owner}. Add a source with key ${key} to ${list} or cite one of: ${[...known].join(', ')}.`,
              node,
            );
          }
        }
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push(citationNode(keys, counts));
        last = match.index + match[0].length;
      }
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
    if (counts) exportCounts(file, counts);
  };
}
