/**
 * Every package the code imports is declared in package.json, and every declared
 * package is used. An undeclared import only resolves while something else
 * happens to bring the package along; an unused declaration is dead weight that
 * nobody dares remove.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));

/** Declared packages that no file imports, each with how it is used instead. */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  node: 'the pinned runtime: `npm run` puts node_modules/.bin/node first on PATH, so every script runs on it',
  typescript: 'the compiler behind `astro check` and typescript-eslint',
  '@astrojs/check': '`astro check` (npm run check) loads it',
};

const SOURCE_DIRS = ['src', 'tests', 'scripts', 'bench'];
const SKIP = new Set(['node_modules', 'dist', '.astro', 'fixtures', 'bench-results']);
const CODE = /\.(?:[cm]?[jt]s|astro|mdx)$/;

function codeFiles(): string[] {
  const files = readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name))
    .map((entry) => entry.name);
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(path);
      } else if (CODE.test(entry.name)) files.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(ROOT, dir))) walk(dir);
  return files;
}

/** Module specifiers: static and dynamic imports, re-exports, require/resolve, and triple-slash type references. */
const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\.resolve\s*\(\s*|<reference\s+types=)['"]([^'"\s]+)['"]/g;

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; relative paths, built-ins and virtual modules → undefined. */
function packageOf(specifier: string): string | undefined {
  if (/^[./#]/.test(specifier) || specifier.includes(':')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  return builtinModules.includes(name) ? undefined : name;
}

/** Package name → the files that import it. */
function importedPackages(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of codeFiles()) {
    for (const match of read(file).matchAll(SPECIFIER)) {
      const name = packageOf(match[1] ?? '');
      if (name) found.set(name, [...new Set([...(found.get(name) ?? []), file])]);
    }
  }
  return found;
}

const manifest = json('package.json');
const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });

/** Packages used from configuration files and npm scripts rather than imports. */
function usedByConfig(): Set<string> {
  const used = new Set<string>(json('.prettierrc.json').plugins ?? []);
  for (const type of json('tsconfig.json').compilerOptions?.types ?? []) used.add(`@types/${type}`);
  const commands = new Set(
    Object.values(manifest.scripts as Record<string, string>).flatMap((script) => script.split(/[\s&|;]+/)),
  );
  for (const name of declared) {
    const bin = json(`node_modules/${name}/package.json`).bin;
    const bins = typeof bin === 'string' ? [name.split('/').pop()] : Object.keys(bin ?? {});
    if (bins.some((b) => commands.has(b ?? ''))) used.add(name);
  }
  return used;
}

describe('package.json declares what the code uses', () => {
  const imported = importedPackages();

  it('finds the imports it is meant to find', () => {
    expect(packageOf('@astrojs/mdx')).toBe('@astrojs/mdx');
    expect(packageOf('astro/zod')).toBe('astro');
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('astro:content')).toBeUndefined();
    expect(packageOf('../lib/url')).toBeUndefined();
    expect(imported.get('astro')).toContain('astro.config.ts');
  });

  it('declares every imported package', () => {
    const undeclared = [...imported]
      .filter(([name]) => !declared.includes(name) && !declared.includes(`@types/${name}`))
      .map(([name, files]) => `${name} (imported by ${files.join(', ')}): add it with npm install`);
    expect(undeclared).toEqual([]);
  });

  it('uses every declared package, or says on the allowlist how it is used', () => {
    const config = usedByConfig();
    const used = (name: string) =>
      imported.has(name) ||
      config.has(name) ||
      name in USED_WITHOUT_IMPORT ||
      (name.startsWith('@types/') && imported.has(name.slice('@types/'.length)));
    const unused = declared.filter((name) => !used(name));
    expect(
      unused.map((name) => `${name}: never imported; remove it, or add it to USED_WITHOUT_IMPORT with the reason`),
    ).toEqual([]);
  });

  it('keeps the allowlist honest: nothing on it is also imported, and everything on it is declared', () => {
    for (const name of Object.keys(USED_WITHOUT_IMPORT)) {
      expect(imported.has(name), `${name} is imported; take it off the allowlist`).toBe(false);
      expect(declared, `${name} is on the allowlist but not declared`).toContain(name);
    }
  });
});
