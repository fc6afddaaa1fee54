/**
 * The Markdown pipeline only transforms: JSX `<a>` and `<img>` come out as
 * ordinary links and images for the rehype plugins. What an article may hold
 * is the content gate's to judge (tests/unit/content-gate.test.ts).
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkJsxElements } from '../../src/markdown/remark-jsx-elements';

const run = (text: string) => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkJsxElements);
  const file = new VFile({ path: 'src/content/about/en.mdx', value: text });
  return processor.runSync(processor.parse(file), file) as Root;
};

describe('JSX elements in the Markdown pipeline', () => {
  it('turn JSX <a> and <img> into Markdown nodes, keeping their targets and text', () => {
    const tree = run('See <a href="https://istio.io/">Istio</a>.\n\n<img src="/favicon.svg" alt="Icon" />\n');
    const nodes: { type: string; url?: string; alt?: string }[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      nodes.push(node);
      (node.children as (typeof node)[] | undefined)?.forEach(walk);
    };
    walk(tree);
    expect(nodes.find((n) => n.type === 'link')?.url).toBe('https://istio.io/');
    expect(nodes.find((n) => n.type === 'image')).toMatchObject({ url: '/favicon.svg', alt: 'Icon' });
    expect(nodes.filter((n) => n.type.startsWith('mdxJsx'))).toEqual([]);
  });
});
