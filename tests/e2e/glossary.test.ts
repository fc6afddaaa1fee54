/**
 * The glossary holds on every built page of both languages: no forbidden
 * variant (控制面, a bare sidecar in Chinese, pod, authorization…) in the text a
 * reader sees, and a Chinese page's first 边车 carries the English word.
 * Source titles stay as published, quotations as spoken. The content check
 * applies the glossary to the source, naming file and line; this is the net
 * for interface text and whatever the pages compose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { glossaryFindings } from '../../src/data/glossary';
import { site } from '../support/site';
import { visibleText } from '../support/visible-text';

const { outDir } = site();

const pages = (readdirSync(outDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .map((f) => relative(outDir, join(outDir, f)))
  .sort();

/** Source titles as their authors published them: exempt from the glossary. */
const casesDir = 'src/content/cases';
const exempt = readdirSync(casesDir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const data = parse(readFileSync(join(casesDir, f), 'utf8')) as {
      sources: { title: string }[];
    };
    return data.sources.map((s) => s.title);
  })
  .concat(
    ...['sources', 'releases'].map((name) =>
      (
        parse(readFileSync(`src/content/istio-today/${name}.yaml`, 'utf8')) as { sources: { title: string }[] }
      ).sources.map((s) => s.title),
    ),
  );

describe('the glossary on every built page', () => {
  it('finds pages of both languages to check', () => {
    expect(pages.some((p) => p.startsWith('en/'))).toBe(true);
    expect(pages.some((p) => !p.startsWith('en/'))).toBe(true);
  });
  it.each(pages)('%s uses the agreed terms', (page) => {
    const lang = page.startsWith('en/') ? 'en' : 'zh';
    const text = visibleText(readFileSync(join(outDir, page), 'utf8'), lang);
    const found = glossaryFindings(text, lang, exempt).map(
      (f) => `${page}: "${f.found}" (${f.term}) — write "${f.use}" — …${f.context}…`,
    );
    expect(found).toEqual([]);
  });
});
