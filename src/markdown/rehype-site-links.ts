/**
 * Makes links in articles safe to write by hand: authors write language-neutral
 * paths (`/cases/namely/`); this adds the language prefix and the base path, and
 * fails the build on a path that matches no page. External links get
 * rel="noopener noreferrer".
 */
import { readdirSync, statSync } from 'node:fs';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentDir } from '../lib/content-dir';
import { DEFAULT_LANG } from '../lib/languages';
import { allPagePaths, joinBase, localizedPath } from '../lib/url';
import { siteConfig } from '../site.config';
import { articleFileOf, istioTodayFileOf } from './article-file';

let cache: { mtime: number; paths: Set<string> } | undefined;

/** The site's page paths, read once per change of the cases folder rather than once per article. */
function knownPaths(): Set<string> {
  const dir = `${contentDir}/cases`;
  const mtime = statSync(dir).mtimeMs;
  if (cache?.mtime !== mtime) {
    const slugs = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''));
    cache = { mtime, paths: new Set(allPagePaths(slugs)) };
  }
  return cache.paths;
}

export function rehypeSiteLinks() {
  return (tree: Root, file: VFile) => {
    const lang = (articleFileOf(file.path) ?? istioTodayFileOf(file.path))?.lang ?? DEFAULT_LANG;
    const known = knownPaths();
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string') return;
      if (/^https?:\/\//i.test(href)) {
        node.properties['rel'] = ['noopener', 'noreferrer'];
        return;
      }
      if (!href.startsWith('/')) return;
      const [rawPath = '/', fragment] = href.split('#');
      const path = rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
      if (!known.has(path)) {
        file.fail(
          `Broken internal link "${href}" in ${file.path}. Link to an existing page with a language-neutral path: ${[...known].join(', ')}.`,
          node,
        );
      }
      node.properties['href'] = joinBase(siteConfig.base, localizedPath(lang, path)) + (fragment ? `#${fragment}` : '');
    });
  };
}
