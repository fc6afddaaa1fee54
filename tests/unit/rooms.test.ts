/**
 * Which folder may import which: the product (src/) never reaches into tests or
 * benchmarks, tests never import the benchmarks, and lib/ never loads the
 * dictionaries (i18n/ depends on lib/vocabulary, so the reverse would be a loop;
 * a type-only import of the Dictionary shape is erased and allowed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const CODE = /\.(?:[cm]?[jt]s|astro)$/;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => CODE.test(f) && !f.split('/').includes('fixtures'))
    .map((f) => `${dir}/${f}`);
}

/** Repository-relative paths of the local modules a file loads (type-only imports left out). */
function localImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/^import type [^;]+;$/gm, '');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|<script\s+src=)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    relative(ROOT, resolve(ROOT, dirname(file), m[1] ?? '')),
  );
}

const crossings = (from: string, forbidden: string[]) =>
  files(from).flatMap((file) =>
    localImports(file)
      .filter((target) => forbidden.some((room) => target === room || target.startsWith(`${room}/`)))
      .map((target) => `${file} imports ${target}`),
  );

describe('rooms', () => {
  it('finds local imports', () => {
    expect(localImports('bench/site.ts')).toContain('tests/support/serve.ts');
  });
  it('src/ imports nothing from tests/, bench/ or scripts/', () => {
    expect(crossings('src', ['tests', 'bench', 'scripts'])).toEqual([]);
  });
  it('tests/ import nothing from bench/', () => {
    expect(crossings('tests', ['bench'])).toEqual([]);
  });
  it('src/lib/ loads nothing from src/i18n/', () => {
    expect(crossings('src/lib', ['src/i18n'])).toEqual([]);
  });
});
