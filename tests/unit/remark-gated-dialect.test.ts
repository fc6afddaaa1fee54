/**
 * The dialect in the Markdown pipeline: a file the gate has not seen clean (an
 * edit in `astro dev`) fails with the same report, and JSX `<a>` and `<img>`
 * come out as ordinary links and images for the rehype plugins.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkGatedDialect } from '../../src/markdown/remark-gated-dialect';

const run = (text: string) => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGatedDialect);
  const file = new VFile({ path: 'src/content/about/en.mdx', value: text });
  return processor.runSync(processor.parse(file), file) as Root;
};

describe('the gated dialect in the Markdown pipeline', () => {
  it('fails a file with an expression, naming the file, the line and the fix', () => {
    expect(() => run('# About\n\nHome is {process.env.HOME}.\n')).toThrow(
      /✗ src\/content\/about\/en\.mdx:3\n\s+found: an expression \{process\.env\.HOME\}\n\s+fix: {3}Write the text itself/,
    );
  });
  it('turns JSX <a> and <img> into Markdown nodes', () => {
    const tree = run('See <a href="https://istio.io/">Istio</a>.\n\n<img src="/favicon.svg" alt="Icon" />\n');
    const types: string[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.push(node.type);
      (node.children as (typeof node)[] | undefined)?.forEach(walk);
    };
    walk(tree);
    expect(types).toContain('link');
    expect(types).toContain('image');
    expect(types.filter((t) => t.startsWith('mdxJsx'))).toEqual([]);
  });
});
