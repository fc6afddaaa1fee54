/**
 * Only the content module (src/lib/content/) reads the content folder from disk;
 * pages read collections through astro:content, which the gate's loader fills,
 * and the Markdown plugins only transform. A second reader would be a second
 * place for rules to drift.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinCases } from '../../src/lib/content/join';

const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ts|astro|mjs|js)$/.test(f))
  .map((f) => join('src', f).split('\\').join('/'));

describe('the content folder has one reader', () => {
  it('no module outside src/lib/content both reads files and names the content folder', () => {
    const readers = sources.filter((file) => {
      if (file.startsWith('src/lib/content/')) return false;
      const text = readFileSync(file, 'utf8');
      const readsFiles = /from ['"](node:)?fs(\/promises)?['"]/.test(text);
      const namesContent = /\bcontentDir\b|CONTENT_DIR|['"`]\.?\/?src\/content/.test(text);
      return readsFiles && namesContent;
    });
    expect(readers).toEqual([]);
  });
  it('the check finds its own reader, so it can fail', () => {
    expect(
      sources.filter((f) => f.startsWith('src/lib/content/') && /from 'node:fs'/.test(readFileSync(f, 'utf8'))),
    ).not.toEqual([]);
  });
});

describe('MDX lives only in the content folder', () => {
  it('so every MDX file the pipeline compiles is one the content gate has judged', () => {
    const outside = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .map((f) => f.split('\\').join('/'))
      .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('content/'));
    expect(outside).toEqual([]);
  });
});

describe('joining facts and articles', () => {
  const facts = (id: string) => ({ id, data: { n: id } });
  const article = (id: string) => ({ id, body: id });
  it('pairs every case with its article in each language, keeping the entry types', () => {
    const [joined] = joinCases([facts('a')], [article('zh/a'), article('en/a'), article('en/b')]);
    expect(joined?.slug).toBe('a');
    expect(joined?.facts.data.n).toBe('a');
    expect(joined?.articles.en.body).toBe('en/a');
    expect(joined?.articles.zh.body).toBe('zh/a');
  });
  it('refuses a gap the gate should have reported', () => {
    expect(() => joinCases([facts('a')], [article('zh/a')])).toThrow(/Case "a" has no en article that passed/);
  });
});
