/** Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json): zero errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { site } from '../support/site';

const { outDir } = site();
const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
  .sort();
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  it('covers every page in both languages plus the 404 page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    expect(pages).toContain('404.html');
  });
  it.each(pages)('%s', async (file) => {
    const report = await validator.validateFile(join(outDir, file));
    const errors = report.results.flatMap((r) =>
      r.messages.map((m) => `${relative(outDir, r.filePath)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});

describe('drawings', () => {
  const drawings = pages.flatMap((file) =>
    [...readFileSync(join(outDir, file), 'utf8').matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)].map((m) => ({
      file,
      svg: m[0],
    })),
  );
  it('include an architecture diagram on the case pages that describe one', () => {
    expect(drawings.filter((d) => d.file.includes('cases/')).length).toBeGreaterThanOrEqual(12);
  });
  it.each(drawings.map((d) => [d.file, d.svg] as const))(
    '%s: every drawing is hidden or has a text alternative',
    (_, svg) => {
      const open = svg.match(/<svg\b[^>]*>/)?.[0] ?? '';
      if (open.includes('aria-hidden="true"')) return;
      expect(open).toContain('role="img"');
      const id = open.match(/aria-labelledby="([^"]+)"/)?.[1];
      const title = svg.match(new RegExp(`<title id="${id}">([^<]+)</title>`))?.[1] ?? '';
      expect(title.length).toBeGreaterThan(40);
    },
  );
});
