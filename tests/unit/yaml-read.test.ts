/**
 * The gate reads YAML with js-yaml, as Astro's loaders do, and the `yaml`
 * package's document only serves messages: both must read the real content alike.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/mdx-parse';
import { parseYaml } from '../../src/lib/content/yaml';

const CONTENT = join(import.meta.dirname, '..', '..', 'src', 'content');
const files = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ya?ml|mdx)$/.test(f))
  .map((f) => {
    const text = readFileSync(join(CONTENT, f), 'utf8');
    return { f, yaml: f.endsWith('.mdx') ? (splitFrontmatter(text).frontmatter ?? '') : text };
  });

describe('reading content YAML', () => {
  it.each(files)('$f reads the same with both parsers', ({ f, yaml }) => {
    const { parsed, problems } = parseYaml(yaml, f);
    expect(problems).toEqual([]);
    const document = parseDocument(yaml, { customTags: ['timestamp'], merge: true, uniqueKeys: true });
    expect(parsed?.data).toEqual(document.toJS());
  });

  it('still names the line of a field', () => {
    const { parsed } = parseYaml('company:\n  zh: 甲\n  en: A\nindustry: x\n', 'facts.yaml', 0);
    expect(parsed?.lineOf(['industry'])).toBe(4);
    expect(parsed?.lineOf(['company', 'en'])).toBe(3);
  });

  it('reports a syntax error at its line, with a fix', () => {
    const { problems } = parseYaml('company: x\ncompany: y\n', 'facts.yaml');
    expect(problems).toMatchObject([
      { file: 'facts.yaml', line: 2, found: expect.stringContaining('Map keys must be unique'), fix: /Keep one/ },
    ]);
  });
});
