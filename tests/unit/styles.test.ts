/**
 * Two rules of the style sheets that a reviewer misses one file at a time: a component's styles sit in
 * `@layer components` (unlayered rules would beat every layer, utilities included), and spacing comes
 * from the scale in global.css, so one change to a token moves every gap that uses it.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sources = globSync('src/**/*.{astro,css}').filter((file) => !file.startsWith('src/content/'));
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const styleBlocks = (file: string) =>
  file.endsWith('.css')
    ? [readFileSync(file, 'utf8')]
    : [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');

/** Spacing declarations whose value holds a rem length outside calc(); below 0.2rem is a hairline, not spacing. */
export function rawSpacings(css: string): string[] {
  const declarations = withoutComments(css).matchAll(
    /(?:^|[\s{;])((?:margin|padding|gap|row-gap|column-gap|scroll-margin|scroll-padding)(?:-[a-z-]+)?\s*:\s*([^;}]*))/g,
  );
  return [...declarations]
    .filter(([, , value]) =>
      [...(value ?? '').replace(/calc\([^)]*\)/g, '').matchAll(/(?<![\w.-])(\d*\.?\d+)rem\b/g)].some(
        ([, n]) => Number(n) >= 0.2,
      ),
    )
    .map(([, declaration]) => (declaration ?? '').trim());
}

describe('style sheets', () => {
  it('find a raw spacing and pass a token, a hairline and a calc()', () => {
    expect(rawSpacings('.a { margin: 0 0.5rem; gap: var(--space-s); padding: 0.1rem var(--space-2xs) }')).toEqual([
      'margin: 0 0.5rem',
    ]);
    expect(rawSpacings('.a { padding-left: calc(var(--space-s) - 1px); width: 3rem; }')).toEqual([]);
  });
  it('take every spacing from the tokens', () => {
    const found = sources.flatMap((file) =>
      styleBlocks(file)
        .flatMap(rawSpacings)
        .filter((d) => !/^--space-/.test(d))
        .map((d) => `${file}: ${d}`),
    );
    expect(found).toEqual([]);
  });
  it("put every component's styles in @layer components", () => {
    // A component that refines the diagrams' shared look stays unlayered like drawing.css itself, which keeps
    // the text utilities out of the SVG; in a layer its modifiers would lose to it.
    const refinesDrawing = (file: string) => readFileSync(file, 'utf8').includes('styles/drawing.css');
    const unlayered = sources
      .filter((file) => file.endsWith('.astro') && !refinesDrawing(file))
      .flatMap((file) =>
        styleBlocks(file)
          .map((css) => withoutComments(css).trim())
          .filter((css) => !/^@layer components \{[\s\S]*\}$/.test(css))
          .map(() => file),
      );
    expect(unlayered).toEqual([]);
  });
});
