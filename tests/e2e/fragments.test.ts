/**
 * The content check refuses a link to a fragment its page does not have, from
 * the ids it expects each page to have (src/lib/content/fragments.ts). Every
 * one of those ids must be on the built page, or the check would let a broken
 * link through; the pages are read from the build, in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { site } from '../support/site';

// The schemas judge fields, not fragments; any value passes here, so only the content's pages matter.
const any = z.unknown();
const { fragments } = checkContent({
  caseSchema: any,
  articleSchema: any,
  istioTodaySectionSchema: any,
  istioTodaySourcesSchema: any,
  istioReleasesSchema: any,
});

const idsOn = (path: string) =>
  new Set(
    [...readFileSync(join(site().outDir, path, 'index.html'), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) =>
      decodeURIComponent(m[1] ?? ''),
    ),
  );

describe('the fragments the content check accepts', () => {
  it('include every case page and the Istio-today page in each language', () => {
    const paths = [...fragments.keys()];
    expect(paths.filter((p) => p.includes('/cases/')).length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.endsWith('/istio-today/')).length).toBeGreaterThan(1);
  });
  it.each([...fragments])('are all on %s', (path, ids) => {
    const built = idsOn(path);
    expect([...ids].filter((id) => !built.has(id))).toEqual([]);
  });
});
