/**
 * The share images' only typeface: Noto Sans SC from the @fontsource package,
 * which ships the font cut into unicode-range subsets. The renderer gets exactly
 * the subsets that cover the text on the card, and never a font from the
 * machine, so the same text renders to the same pixels everywhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const FONT_WEIGHTS = [400, 700] as const;
type FontWeight = (typeof FONT_WEIGHTS)[number];

export interface FontSubset {
  /** Fontsource's subset key: `latin`, `latin-ext`, or a number for the CJK slices. */
  key: string;
  ranges: [number, number][];
}

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

// Resolved from the project root: the built page code runs from a temporary output folder.
const packageDir = () =>
  dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@fontsource/noto-sans-sc/package.json'));

/** Parse one CSS unicode-range list, e.g. `U+4e00-4e3f,U+ff0c`. */
export function parseUnicodeRange(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from, 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });
}

let subsets: FontSubset[] | undefined;

/** Every subset of the package, Latin first so Latin letters come from the Latin cut. */
function fontSubsets(): FontSubset[] {
  if (!subsets) {
    const table = JSON.parse(readFileSync(join(packageDir(), 'unicode.json'), 'utf8')) as Record<string, string>;
    const all = Object.entries(table).map(([key, css]) => ({
      key: key.replace(/^\[|\]$/g, ''),
      ranges: parseUnicodeRange(css),
    }));
    const named = (s: FontSubset) => (/^\d+$/.test(s.key) ? 1 : 0) - (s.key === 'latin' ? 1 : 0);
    subsets = all.sort((a, b) => named(a) - named(b));
  }
  return subsets;
}

const covers = (subset: FontSubset, codePoint: number) =>
  subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** Characters no subset of the font covers (they would render as empty boxes); white space is fine. */
export function uncovered(text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    const point = char.codePointAt(0) ?? 0;
    if (!fontSubsets().some((s) => covers(s, point))) missing.add(char);
  }
  return [...missing];
}

/** The subsets needed for a text, in lookup order; throws naming any character the font lacks. */
export function subsetsFor(text: string): FontSubset[] {
  const missing = uncovered(text);
  if (missing.length) {
    throw new Error(
      `The share-image font (${FONT_PACKAGE}) has no glyph for ${missing.map((c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()})`).join(', ')}. ` +
        'Use another character in the title, industry or key figure label, or add a font that covers it to src/share/fonts.ts.',
    );
  }
  const needed = new Set<FontSubset>();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    const point = char.codePointAt(0) ?? 0;
    const subset = fontSubsets().find((s) => covers(s, point));
    if (subset) needed.add(subset);
  }
  return fontSubsets().filter((s) => needed.has(s));
}

const files = new Map<string, Buffer>();

/** Satori font entries for a text: each subset under its own family name, for fallback in order. */
export function fontsFor(text: string): { family: string; fonts: SatoriFont[] } {
  const chosen = subsetsFor(text);
  const fonts = chosen.flatMap((subset) =>
    FONT_WEIGHTS.map((weight) => {
      const file = join(packageDir(), 'files', `noto-sans-sc-${subset.key}-${weight}-normal.woff`);
      let data = files.get(file);
      if (!data) {
        data = readFileSync(file);
        files.set(file, data);
      }
      return { name: `noto-${subset.key}`, data, weight, style: 'normal' as const };
    }),
  );
  return { family: chosen.map((s) => `noto-${s.key}`).join(', '), fonts };
}

let version: string | undefined;

/** The font package's version: part of every image's cache key, so read once per build, not once per page. */
export function fontVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageDir(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
