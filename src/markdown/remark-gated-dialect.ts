/**
 * The gated MDX dialect in the Markdown pipeline, on the MDX syntax tree before
 * anything is evaluated. The content gate has already checked every file once
 * per build; this catches a file edited since (in `astro dev`) and MDX outside
 * the content folder. Then JSX `<a>` and `<img>` become Markdown links and
 * images, so the rehype plugins treat them exactly like Markdown ones.
 */
import type { Image, Link, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type { VFile } from 'vfile';
import { unchangedSinceCheck } from '../lib/content/check';
import { REQUIRED_HEADINGS } from '../lib/content/headings';
import { contentIndex } from '../lib/content/index';
import { checkTree } from '../lib/content/mdx-dialect';
import { formatProblems } from '../lib/content/problem';
import { displayPath } from '../lib/content/raw-files';
import { articleFileOf, istioTodayFileOf } from './article-file';

const attr = (node: MdxJsxFlowElement | MdxJsxTextElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** Replace JSX <a> and <img> by the Markdown nodes they mean. */
function normaliseJsx(node: Nodes) {
  if (!('children' in node)) return;
  node.children = node.children.map((child) => {
    normaliseJsx(child);
    if (
      (child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') &&
      (child.name === 'a' || child.name === 'img')
    ) {
      if (child.name === 'img') {
        const image: Image = {
          type: 'image',
          url: attr(child, 'src') ?? '',
          alt: attr(child, 'alt') ?? '',
          title: attr(child, 'title') ?? null,
        };
        return image;
      }
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

export function remarkGatedDialect() {
  return (tree: Root, file: VFile) => {
    if (file.path && !unchangedSinceCheck(file.path)) {
      const index = contentIndex();
      const article = articleFileOf(file.path);
      const today = istioTodayFileOf(file.path);
      const problems = checkTree(tree, {
        file: displayPath(file.path),
        links: { pages: index.pagePaths },
        sourceKeys: article
          ? (index.sourceKeys.get(article.slug) ?? new Set())
          : today
            ? index.istioTodayKeys
            : undefined,
        factsFile: article ? index.factsFile(article.slug) : today ? 'the Istio-today sources' : undefined,
        headings: article ? REQUIRED_HEADINGS[article.lang] : undefined,
      });
      if (problems.length) file.fail(formatProblems(problems));
    }
    normaliseJsx(tree);
  };
}
