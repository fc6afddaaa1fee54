/**
 * Adding a language is one entry in the languages table, a dictionary and the
 * content in that language. This builds a copy of the project with a stub
 * third language made exactly that way (the table entry, the English
 * dictionary, the English articles and pages, and the English wording of every
 * bilingual field, under its own code) and checks that the language's pages
 * exist and that every page names its twin in it. Nothing else of src/ changes.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, isMap, visit } from 'yaml';
import { DEFAULT_LANG, LANGUAGES } from '../../src/lib/languages';
import { runBuild } from '../support/build';
import { countCases } from '../support/content-copy';

/** The stub: French by its tags, English by its words. */
const STUB = 'fr';
const FROM = 'en';
const ENTRY = `  ${STUB}: { ...${FROM}Entry, tag: 'fr', prefix: 'fr', label: 'Français', name: 'French', og: 'fr_FR' },`;

let work: string;
let dist: string;

/** Gives every `{ zh, en }` map of a YAML file the English wording under the stub's code too. */
function addStubWording(file: string) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  visit(doc, {
    Map(_, map) {
      if (isMap(map) && map.has(FROM) && map.has(DEFAULT_LANG) && !map.has(STUB)) map.set(STUB, map.get(FROM));
    },
  });
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ipc-third-language-'));
  const root = join(work, 'project');
  for (const path of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'])
    cpSync(path, join(root, path), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');

  // One table entry: the English one under the stub's code, with its own tag and prefix.
  const table = join(root, 'src/lib/languages.ts');
  const source = readFileSync(table, 'utf8');
  const entry = source.match(new RegExp(`\\n  ${FROM}: (\\{[\\s\\S]*?\\n  \\}),`));
  if (!entry) throw new Error(`No "${FROM}" entry found in src/lib/languages.ts`);
  writeFileSync(
    table,
    source
      .replace('export const LANGUAGES = {', `const ${FROM}Entry = ${entry[1]};\n\nexport const LANGUAGES = {`)
      .replace(/\n\} as const satisfies/, `\n${ENTRY}\n} as const satisfies`),
  );
  // A dictionary.
  cpSync(join(root, `src/i18n/${FROM}.ts`), join(root, `src/i18n/${STUB}.ts`));
  // The content in the language.
  const content = join(root, 'src/content');
  for (const dir of ['articles', 'istio-today'])
    cpSync(join(content, dir, FROM), join(content, dir, STUB), { recursive: true });
  cpSync(join(content, 'about', `${FROM}.mdx`), join(content, 'about', `${STUB}.mdx`));
  for (const file of yamlFiles(content)) addStubWording(file);

  dist = join(work, 'dist');
  const build = runBuild(
    {
      OUT_DIR: dist,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      SHARE_IMAGES: 'off',
      BASE_PATH: '/',
      SITE_URL: 'https://example.org',
    },
    root,
  );
  if (build.status !== 0) throw new Error(`The build with a third language failed:\n${build.output}`);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const slugs = () =>
  readdirSync('src/content/cases')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));

describe('a third language', () => {
  it('gets every page the others have, under its prefix, in its language', () => {
    const english = readdirSync(join(dist, LANGUAGES[FROM].prefix), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .sort();
    const stub = readdirSync(join(dist, STUB), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .sort();
    expect(stub).toEqual(english);
    expect(slugs().length).toBe(countCases());
    for (const slug of slugs()) expect(page(`${STUB}/cases/${slug}`)).toContain('<html lang="fr"');
    expect(existsSync(join(dist, STUB, 'feed.xml'))).toBe(true);
  });

  it('is a twin of every page of the other languages, and in the sitemap', () => {
    for (const path of ['', 'en/', `cases/${slugs()[0]}/`, `en/compare/`]) {
      expect(page(path), path || 'home').toContain(`hreflang="fr" href="https://example.org/${STUB}/`);
    }
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`https://example.org/${STUB}/cases/`);
  });

  it('speaks on the 404 page too', () => {
    expect(readFileSync(join(dist, '404.html'), 'utf8')).toContain('data-lang="fr"');
  });
});
