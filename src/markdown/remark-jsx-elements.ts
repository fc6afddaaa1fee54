/**
 * JSX `<a>` and `<img>` in articles become the Markdown links and images they
 * mean, so the rehype plugins treat both alike. What an article may contain at
 * all is judged once, by the content gate, before any MDX is compiled.
 */
import type { Image, Link, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

const attr = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

function normaliseJsx(node: Nodes) {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    normaliseJsx(child);
    if (child.type !== 'mdxJsxTextElement' && child.type !== 'mdxJsxFlowElement') return child;
    if (child.name === 'img') {
      const image: Image = {
        type: 'image',
        url: attr(child, 'src') ?? '',
        alt: attr(child, 'alt') ?? '',
        title: attr(child, 'title') ?? null,
      };
      return image;
    }
    if (child.name === 'a') {
      const link: Link = {
        type: 'link',
        url: attr(child, 'href') ?? '',
        title: attr(child, 'title') ?? null,
        children: child.children as Link['children'],
      };
      return link;
    }
    return child;
  }) as typeof node.children;
}

export function remarkJsxElements() {
  return (tree: Root) => normaliseJsx(tree);
}
