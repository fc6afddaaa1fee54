/**
 * Gives each section heading of a case article a visible link to itself. The
 * link sits beside the heading, not inside it, so the heading's text (and the
 * table of contents built from it) stays clean; its name is the dictionary's
 * "link to section" phrase with the heading's text. Heading ids come from
 * Astro's rehypeHeadingIds, which runs just before this (astro.config.ts).
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n';
import type { Lang } from '../lib/languages';
import { articleFileOf } from './article-file';

const LINKED = new Set(['h2', 'h3']);

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The heading with its link, drawn as Heading.astro draws the page's own sections. */
function linkedHeading(heading: Element, id: string, lang: Lang): Element {
  const name = t(lang).caseStudy.sectionLink(textOf(heading).trim());
  const link = el('a', { className: ['anchor'], href: `#${id}` }, [
    el('span', { className: ['sr-only'] }, [{ type: 'text', value: name }]),
  ]);
  return el('div', { className: ['heading'] }, [heading, link]);
}

export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const article = articleFileOf(file.path);
    if (!article) return;
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties['id'];
      if (!LINKED.has(node.tagName) || typeof id !== 'string' || !parent || index === undefined) return;
      parent.children[index] = linkedHeading(node, id, article.lang);
      return SKIP;
    });
  };
}
