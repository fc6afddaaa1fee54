/**
 * The two languages of a case tell the same story: the same sections cite the
 * same sources, and mention the same years and version numbers. A fact present
 * in one language and missing from the other shows up here by name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REQUIRED_HEADINGS } from '../../src/lib/case-model';
import { citedKeys } from '../../src/lib/citations';

const dir = 'src/content/articles';
const slugs = readdirSync(`${dir}/en`).map((f) => f.replace(/\.mdx$/, ''));

function sections(lang: 'zh' | 'en', slug: string): string[] {
  const body = readFileSync(`${dir}/${lang}/${slug}.mdx`, 'utf8').replace(/^---[\s\S]*?---/, '');
  const parts = body.split(/^## .+$/m).slice(1);
  expect(parts).toHaveLength(REQUIRED_HEADINGS[lang].length);
  return parts;
}

/**
 * Years (1990–2029) and version numbers (x.y.z, or x.y after a product name),
 * which both languages write the same way; other quantities are written per
 * language (2.5 万 and 25,000) and are compared through the typed facts instead.
 */
const numbersIn = (text: string) =>
  [
    ...new Set([
      ...(text.match(/(?<![\d.])(?:199\d|20[0-2]\d)(?![\d.])/g) ?? []),
      ...(text.match(/\b\d+\.\d+\.\d+\b/g) ?? []),
      ...[...text.matchAll(/(?:Istio|MOSN|SOFAMesh|Kubernetes)\s*(\d+\.\d+)(?![\d.])/g)].map((m) => m[1] as string),
    ]),
  ].sort();

describe.each(slugs)('%s', (slug) => {
  const zh = sections('zh', slug);
  const en = sections('en', slug);
  it.each(REQUIRED_HEADINGS.en.map((heading, i) => [heading, i] as const))(
    'section “%s” cites the same sources in both languages',
    (_, i) => {
      expect(citedKeys(zh[i] ?? '').sort()).toEqual(citedKeys(en[i] ?? '').sort());
    },
  );
  it('mentions the same years and version numbers in both languages', () => {
    expect(numbersIn(zh.join('\n'))).toEqual(numbersIn(en.join('\n')));
  });
});
