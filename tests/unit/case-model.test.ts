import { describe, expect, it } from 'vitest';
import { checkArticle, ContentError, joinCases, REQUIRED_HEADINGS } from '../../src/lib/case-model';
import { citedKeys } from '../../src/lib/citations';

const body = (lang: 'zh' | 'en', extra = '') =>
  REQUIRED_HEADINGS[lang].map((h, i) => `## ${h}\n\nText ${i} [T1].${i === 0 ? extra : ''}\n`).join('\n');
const facts = (id: string) => ({ id, data: { sources: [{ key: 'T1' }] } });
const article = (id: string, text = body(id.startsWith('zh') ? 'zh' : 'en')) => ({ id, body: text, data: {} });

describe('joining facts and articles', () => {
  it('pairs every case with both languages', () => {
    const joined = joinCases([facts('a')], [article('zh/a'), article('en/a')], 'content');
    expect(joined).toHaveLength(1);
    expect(Object.keys(joined[0]?.articles ?? {}).sort()).toEqual(['en', 'zh']);
  });
  it('names the case and the missing file when a language is missing', () => {
    expect(() => joinCases([facts('a')], [article('zh/a')], 'content')).toThrow(
      /Case "a" has no content\/articles\/en\/a\.mdx/,
    );
  });
  it('names an article that has no facts file', () => {
    expect(() => joinCases([facts('a')], [article('zh/a'), article('en/a'), article('en/b')], 'content')).toThrow(
      /content\/articles\/en\/b\.mdx: no facts file content\/cases\/b\.yaml/,
    );
  });
  it('reports every problem at once, as a ContentError', () => {
    try {
      joinCases([facts('a'), facts('b')], [article('zh/a')], 'content');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect(String(error)).toContain('Case "a"');
      expect(String(error)).toContain('Case "b"');
    }
  });
});

describe('checking an article', () => {
  const keys = new Set(['T1', 'T2']);
  it('accepts a complete article', () => {
    expect(checkArticle('en', 'f.mdx', body('en'), keys)).toEqual([]);
  });
  it('rejects an empty body', () => {
    expect(checkArticle('en', 'f.mdx', '  \n', keys)[0]).toContain('f.mdx: the article body is empty');
  });
  it('rejects missing or reordered section headings, naming the expected ones', () => {
    const [problem] = checkArticle('zh', 'f.mdx', '## 背景\n\n文字 [T1]。\n', keys);
    expect(problem).toContain('背景, 引入 Istio 之前, 网格做了什么, 架构, 结果与经验');
  });
  it('rejects citations of unlisted sources', () => {
    expect(checkArticle('en', 'f.mdx', body('en', ' More [T9, T2].'), keys)).toEqual([
      "f.mdx: cites [T9], which the case's sources do not list. Add them to the facts file or cite a listed key.",
    ]);
  });
  it('rejects HTML comments', () => {
    expect(checkArticle('en', 'f.mdx', body('en', ' <!-- todo -->'), keys)[0]).toContain('HTML comment');
  });
});

describe('citation syntax', () => {
  it('finds single, multiple and full-width-comma citations, and ignores other brackets', () => {
    expect(citedKeys('a [T1] b [A5, A6] c [S1，S2] d [sic] [PHP] [1]')).toEqual(['T1', 'A5', 'A6', 'S1', 'S2']);
  });
});
