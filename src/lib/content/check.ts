/**
 * The content gate: every rule over every content file, in three passes (the
 * raw files, then the schema, then the MDX tree), collecting every problem
 * rather than stopping at the first. The schemas come from the caller
 * (`src/content.config.ts`), so this module never imports `astro:content`.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { istioReleases, releaseSources } from '../../data/istio-releases';
import type { Root } from 'mdast';
import { allPagePaths, casePath, localizedPath } from '../url';
import { LANGS, type Lang } from '../languages';
import { contentDir as defaultDir } from './dir';
import { REQUIRED_HEADINGS } from './headings';
import { casePageIds, headingIds, istioTodayPageIds } from './fragments';
import { checkTree } from './mdx-dialect';
import { parseMdx, splitFrontmatter } from './mdx-parse';
import { parityProblems, type ArticleText } from './parity';
import type { Problem } from './problem';
import { displayPath, readRawFiles, type ContentFile } from './raw-files';
import { schemaProblems } from './schema-problems';
import { parseYaml } from './yaml';

export interface Schemas {
  caseSchema: z.ZodType;
  articleSchema: z.ZodType;
  istioTodaySectionSchema: z.ZodType;
  istioTodaySourcesSchema: z.ZodType;
}

/** The anchors of the release timeline on the Istio-today page (its ReleaseTimeline component). */
const RELEASE_ANCHORS = istioReleases.map((release) => `release-${release.version.replace('.', '-')}`);

const ISTIO_TODAY_PAGE = '/istio-today/';

type MdxFile = Extract<ContentFile, { kind: 'article' | 'istio-today' | 'about' }>;

/** The language-neutral path of the page an MDX file is part of. */
const pageOf = (file: MdxFile) =>
  file.kind === 'article' ? casePath(file.slug) : file.kind === 'about' ? '/about/' : ISTIO_TODAY_PAGE;

/** Where a missing source of the Istio-today page belongs, for the fix text. */
const ISTIO_TODAY_SOURCES = (dir: string) =>
  `${displayPath(`${dir}/istio-today/sources.yaml`)} (or a release in src/data/istio-releases.ts)`;

export interface CheckResult {
  problems: Problem[];
  /** How many files and cases were checked, for the summary line. */
  files: number;
  cases: number;
  /** The ids of every page that links may name, keyed by the page's path in its language (`/en/cases/x/`). */
  fragments: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Files that passed every check, with their modification time, so the Markdown
 * pipeline need not check them again. Held on globalThis because Astro loads the
 * content config and the Markdown plugins through separate module graphs, each
 * with its own copy of this module; a per-copy map would never be seen by the
 * plugins, which would then check (and index) every article a second time.
 */
const REGISTRY: unique symbol = Symbol.for('istio-cases:content-gate:checked-clean');
const shared = globalThis as { [REGISTRY]?: Map<string, number> };
const checkedClean = (shared[REGISTRY] ??= new Map());

/** Whether a file is unchanged since the gate found it clean. */
export function unchangedSinceCheck(path: string): boolean {
  const abs = resolve(path);
  const mtime = checkedClean.get(abs);
  if (mtime === undefined) return false;
  try {
    return statSync(abs).mtimeMs === mtime;
  } catch {
    return false;
  }
}

const sourceKeysOf = (data: unknown): Set<string> => {
  const sources = (data as { sources?: unknown } | null)?.sources;
  return new Set(Array.isArray(sources) ? sources.map((s) => String((s as { key?: unknown } | null)?.key)) : []);
};

export function checkContent(schemas: Schemas, dir: string = defaultDir): CheckResult {
  const raw = readRawFiles(dir);
  const problems = [...raw.problems];
  /** Files that exist but failed a check: their absence from the joins is already explained. */
  const broken = new Set<string>(raw.problems.map((p) => p.file));
  const present = new Set<string>([...raw.files.map((f) => f.path), ...broken]);
  const factsPath = (slug: string) => displayPath(`${dir}/cases/${slug}.yaml`);
  const caseFiles = raw.files.filter((f): f is Extract<ContentFile, { kind: 'case' }> => f.kind === 'case');
  const pagePaths = new Set(allPagePaths(caseFiles.map((f) => f.slug)));

  // Pass 2: the schema, on the facts and on each article's front matter.
  const keys = new Map<string, Set<string>>();
  const facts = new Map<string, unknown>();
  for (const file of caseFiles) {
    const { parsed, problems: syntax } = parseYaml(file.text, file.path);
    problems.push(...syntax);
    if (!parsed) continue;
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      problems.push({
        file: file.path,
        line: 1,
        found: 'YAML that is not a set of fields',
        fix: 'Write the facts as fields, one per line: company:, industry:, … (copy an existing case as a start).',
      });
      continue;
    }
    keys.set(file.slug, sourceKeysOf(parsed.data));
    facts.set(file.slug, parsed.data);
    const result = schemas.caseSchema.safeParse(parsed.data);
    if (!result.success) problems.push(...schemaProblems(schemas.caseSchema, result.error.issues, file.path, parsed));
  }

  const todayKeys = new Set(releaseSources(istioReleases).map((s) => s.key));
  for (const file of raw.files) {
    if (file.kind !== 'istio-today-sources') continue;
    const { parsed, problems: syntax } = parseYaml(file.text, file.path);
    problems.push(...syntax);
    if (!parsed) continue;
    for (const key of sourceKeysOf(parsed.data)) todayKeys.add(key);
    const result = schemas.istioTodaySourcesSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(schemas.istioTodaySourcesSchema, result.error.issues, file.path, parsed));
    }
  }

  // Pass 3: the MDX tree of every article and page, parsed first, since links reach into other pages.
  const pages: { file: MdxFile; tree: Root; body: string }[] = [];
  for (const file of raw.files) {
    if (file.kind === 'case' || file.kind === 'istio-today-sources' || file.kind === 'vocabulary') continue;
    const { frontmatter, body } = splitFrontmatter(file.text);
    if (file.kind === 'article' || file.kind === 'istio-today') {
      const schema = file.kind === 'article' ? schemas.articleSchema : schemas.istioTodaySectionSchema;
      if (frontmatter === undefined) {
        problems.push({
          file: file.path,
          line: 1,
          found: 'no front matter',
          fix: 'Start the file with ---, a title: and a description: line, and --- again.',
        });
      } else {
        const { parsed, problems: syntax } = parseYaml(frontmatter, file.path, 1);
        problems.push(...syntax);
        if (parsed) {
          const result = schema.safeParse(parsed.data ?? {});
          if (!result.success) problems.push(...schemaProblems(schema, result.error.issues, file.path, parsed));
        }
      }
    }
    const parsed = parseMdx(body, file.path);
    problems.push(...parsed.problems);
    const tree = parsed.tree;
    if (parsed.problems.length) broken.add(file.path);
    if (!tree) continue;
    if (tree.children.length === 0) {
      problems.push({ file: file.path, found: 'an empty body', fix: 'Write the text under the front matter.' });
      continue;
    }
    pages.push({ file, tree, body });
  }

  // The fragments of every page an article may link to, per language.
  const fragments = new Map<string, Set<string>>();
  const addFragments = (lang: Lang, page: string, ids: Iterable<string>) => {
    const key = localizedPath(lang, page);
    fragments.set(key, new Set([...(fragments.get(key) ?? []), ...ids]));
  };
  for (const { file, tree } of pages) addFragments(file.lang, pageOf(file), headingIds(tree));
  for (const lang of LANGS) {
    for (const [slug, data] of facts) addFragments(lang, casePath(slug), casePageIds(data));
    addFragments(lang, ISTIO_TODAY_PAGE, istioTodayPageIds(todayKeys, RELEASE_ANCHORS));
  }

  const articles = new Map<string, Partial<Record<Lang, ArticleText>>>();
  for (const { file, tree, body } of pages) {
    const isArticle = file.kind === 'article';
    const treeProblems = checkTree(tree, {
      file: file.path,
      links: {
        pages: pagePaths,
        fragmentsOf: (page) => fragments.get(localizedPath(file.lang, page)),
        self: pageOf(file),
      },
      // Without readable facts there are no keys to check against; that problem is reported on its own.
      sourceKeys: isArticle ? keys.get(file.slug) : file.kind === 'istio-today' ? todayKeys : undefined,
      factsFile: isArticle ? factsPath(file.slug) : file.kind === 'istio-today' ? ISTIO_TODAY_SOURCES(dir) : undefined,
      headings: isArticle ? REQUIRED_HEADINGS[file.lang] : undefined,
    });
    problems.push(...treeProblems);
    if (treeProblems.length) broken.add(file.path);
    if (isArticle)
      articles.set(file.slug, {
        ...articles.get(file.slug),
        [file.lang]: { file: file.path, lang: file.lang, tree, body },
      });
  }

  // Joining: every case in every language, every article with its facts; then the languages agree.
  const slugs = new Set(caseFiles.map((f) => f.slug));
  for (const [slug, texts] of articles) {
    if (slugs.has(slug)) continue;
    for (const text of Object.values(texts)) {
      problems.push({
        file: text.file,
        found: `no facts file ${factsPath(slug)}`,
        fix: `Create ${factsPath(slug)}, or rename the article to an existing case's slug.`,
      });
    }
  }
  for (const file of caseFiles) {
    const texts = articles.get(file.slug) ?? {};
    for (const lang of LANGS) {
      const path = displayPath(`${dir}/articles/${lang}/${file.slug}.mdx`);
      if (!present.has(path)) {
        problems.push({
          file: file.path,
          found: `no article ${path}`,
          fix: `Write ${path}; every case needs an article in each language.`,
        });
      }
    }
    const [first, second] = LANGS.map((lang) => texts[lang]);
    if (first && second && !broken.has(first.file) && !broken.has(second.file))
      problems.push(...parityProblems(first, second));
  }

  checkedClean.clear();
  const failed = new Set(problems.map((p) => p.file));
  for (const file of raw.files) {
    if (!failed.has(file.path)) {
      try {
        checkedClean.set(resolve(file.path), statSync(file.path).mtimeMs);
      } catch {
        // A file removed while checking is simply checked again next time.
      }
    }
  }
  return { problems, files: raw.files.length, cases: caseFiles.length, fragments };
}
