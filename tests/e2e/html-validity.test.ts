/** Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json): zero errors. */
import { readdirSync } from 'node:fs';
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
