/**
 * Makes links in articles safe to write by hand: authors write language-neutral
 * paths (`/cases/namely/`); this adds the language prefix and the base path.
 * External links get rel="noopener noreferrer". Which links are allowed at all,
 * and that a site path names a page, is checked once, by the content gate.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DEFAULT_LANG } from '../lib/languages';
import { joinBase, localizedPath } from '../lib/url';
import { siteConfig } from '../site.config';
import { articleFileOf, istioTodayFileOf } from './article-file';

export function rehypeSiteLinks() {
  return (tree: Root, file: VFile) => {
    const lang = (articleFileOf(file.path) ?? istioTodayFileOf(file.path))?.lang ?? DEFAULT_LANG;
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
      node.properties['href'] = joinBase(siteConfig.base, localizedPath(lang, path)) + (fragment ? `#${fragment}` : '');
    });
  };
}
