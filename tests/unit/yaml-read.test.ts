/**
 * One YAML parser for the data and for the lines of messages: every content
 * file reads without a problem, a field's line is where its key is, and a
 * syntax error is named at its line with a fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/dir';
import { splitFrontmatter } from '../../src/lib/content/mdx-parse';
import { parseYaml } from '../../src/lib/content/yaml';

const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ya?ml|mdx)$/.test(f))
  .map((f) => {
    const text = readFileSync(join(contentDir, f), 'utf8');
    return { f, yaml: f.endsWith('.mdx') ? (splitFrontmatter(text).frontmatter ?? '') : text };
  });

describe('reading content YAML', () => {
  it.each(files)('$f reads as data', ({ f, yaml }) => {
    const { parsed, problems } = parseYaml(yaml, f);
    expect(problems).toEqual([]);
    expect(parsed?.data).not.toBeUndefined();
  });

  it('names the line of a field, with the offset of front matter', () => {
    const { parsed } = parseYaml('company:\n  zh: 甲\n  en: A\nindustry: x\n', 'facts.yaml', 1);
    expect(parsed?.lineOf(['industry'])).toBe(5);
    expect(parsed?.lineOf(['company', 'en'])).toBe(4);
    expect(parsed?.lineOf(['company', 'fr'])).toBe(2);
  });

  it('reads an unquoted date as a date and keeps the text as written, so a fix can say to quote it', () => {
    const { parsed } = parseYaml('asOf: 2024-05-01\nversions: [1.10]\n', 'facts.yaml');
    expect((parsed?.data as { asOf: unknown }).asOf).toBeInstanceOf(Date);
    expect(parsed?.sourceOf(['versions', 0])).toBe('1.10');
  });

  it('reports a syntax error at its line, with a fix', () => {
    const { problems } = parseYaml('company: x\ncompany: y\n', 'facts.yaml');
    expect(problems).toMatchObject([
      { file: 'facts.yaml', line: 2, found: expect.stringContaining('Map keys must be unique'), fix: /Keep one/ },
    ]);
  });

  it('refuses a file that expands an alias past the limit, instead of filling the memory', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    const { parsed, problems } = parseYaml(bomb, 'facts.yaml');
    expect(parsed).toBeUndefined();
    expect(problems[0]?.found).toMatch(/invalid YAML/);
  });
});
