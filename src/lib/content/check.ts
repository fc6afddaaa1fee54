/**
 * The content gate: every rule over every content file, in three passes (the
 * raw files, then the schema, then the MDX tree), collecting every problem
 * rather than stopping at the first. It is the only code that reads the content
 * folder: what it parsed and passed is what the collections store (see
 * `gated-loader.ts`). The schemas come from the caller (`src/content.config.ts`),
 * so this module never imports `astro:content`.
 */
import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import { allPagePaths, casePath, localizedPath } from '../url';
import { LANGS, type Lang } from '../languages';
import { contentDir as defaultDir } from './dir';
import { REQUIRED_HEADINGS } from './headings';
import type { CaseKind } from '../vocabulary';
import { casePageIds, headingIds, istioTodayPageIds } from './fragments';
import { checkTree } from './mdx-dialect';
import { parseMdx, splitFrontmatter } from './mdx-parse';
import { parityProblems, type ArticleText } from './parity';
import { factsProseProblems, proseProblems, SourceText, treeText } from './prose';
import { displayPath, type Problem } from './problem';
import { readRawFiles, type ContentFile } from './raw-files';
import { schemaProblems } from './schema-problems';
import { parseYaml } from './yaml';

export interface Schemas {
  caseSchema: z.ZodType;
  articleSchema: z.ZodType;
  istioTodaySectionSchema: z.ZodType;
  istioTodaySourcesSchema: z.ZodType;
  istioReleasesSchema: z.ZodType;
}

/** The anchors of the release timeline on the Istio-today page (its ReleaseTimeline component). */
const releaseAnchors = (data: unknown): string[] => {
  const releases = (data as { releases?: unknown } | null)?.releases;
  return Array.isArray(releases)
    ? releases.map((r) => `release-${String((r as { version?: unknown } | null)?.version).replace('.', '-')}`)
    : [];
};

const ISTIO_TODAY_PAGE = '/istio-today/';

type MdxFile = Extract<ContentFile, { kind: 'article' | 'istio-today' | 'about' }>;

/** The language-neutral path of the page an MDX file is part of. */
const pageOf = (file: MdxFile) =>
  file.kind === 'article' ? casePath(file.slug) : file.kind === 'about' ? '/about/' : ISTIO_TODAY_PAGE;

/** Where a missing source of the Istio-today page belongs, for the fix text. */
const ISTIO_TODAY_SOURCES = (dir: string) =>
  `${displayPath(`${dir}/istio-today/sources.yaml`)} (or, for a release, ${displayPath(`${dir}/istio-today/releases.yaml`)})`;

export interface CheckResult {
  problems: Problem[];
  /** How many files and cases were checked, for the summary line. */
  files: number;
  cases: number;
  /** The ids of every page that links may name, keyed by the page's path in its language (`/en/cases/x/`). */
  fragments: ReadonlyMap<string, ReadonlySet<string>>;
  /** What each collection stores: the files that passed, as the gate parsed them. */
  entries: Record<CollectionName, GateEntry[]>;
}

/** The collections of `src/content.config.ts`, each fed by the files of one kind. */
export type CollectionName = 'cases' | 'articles' | 'istioToday' | 'istioTodaySources' | 'istioReleases';

/** One file as its collection stores it. */
interface GateEntry {
  id: string;
  /** The file, as messages name it. */
  file: string;
  /** Its text, whose digest tells Astro whether it changed. */
  text: string;
  /** The facts, or the article's front matter, as parsed and judged. */
  data: unknown;
  /** An MDX file's body, which Astro compiles when a page renders it. */
  body?: string;
}

/** Source titles stay as published: the glossary does not apply to them. */
const sourceTitlesOf = (data: unknown): string[] => {
  const sources = (data as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources) ? sources.map((s) => String((s as { title?: unknown } | null)?.title ?? '')) : [];
};

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
  /** Each case's kind, which decides its articles' sections; a file the schema rejects is judged as a full case. */
  const kinds = new Map<string, CaseKind>();
  const facts = new Map<string, unknown>();
  const entries: CheckResult['entries'] = {
    cases: [],
    articles: [],
    istioToday: [],
    istioTodaySources: [],
    istioReleases: [],
  };
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
    kinds.set(file.slug, (parsed.data as { kind?: unknown }).kind === 'brief' ? 'brief' : 'full');
    facts.set(file.slug, parsed.data);
    entries.cases.push({ id: file.slug, file: file.path, text: file.text, data: parsed.data });
    const result = schemas.caseSchema.safeParse(parsed.data);
    if (!result.success) problems.push(...schemaProblems(schemas.caseSchema, result.error.issues, file.path, parsed));
    problems.push(...factsProseProblems(parsed, file.path, sourceTitlesOf(parsed.data)));
  }

  // The Istio-today page's two YAML files: its own sources, and the release list with the sources it rests on.
  const todayKeys = new Set<string>();
  const todayTitles: string[] = [];
  let releaseIds: string[] = [];
  const todayYaml = [
    {
      kind: 'istio-today-sources',
      collection: 'istioTodaySources',
      id: 'sources',
      schema: schemas.istioTodaySourcesSchema,
    },
    { kind: 'istio-releases', collection: 'istioReleases', id: 'releases', schema: schemas.istioReleasesSchema },
  ] as const;
  for (const file of raw.files) {
    const of = todayYaml.find((y) => y.kind === file.kind);
    if (!of) continue;
    const { parsed, problems: syntax } = parseYaml(file.text, file.path);
    problems.push(...syntax);
    if (!parsed) continue;
    for (const key of sourceKeysOf(parsed.data)) {
      if (todayKeys.has(key))
        problems.push({
          file: file.path,
          line: 1,
          found: `source key ${key} used by both of the Istio-today page's source files`,
          fix: 'Give each source of the page its own key, in one of istio-today/sources.yaml and istio-today/releases.yaml.',
        });
      todayKeys.add(key);
    }
    if (of.kind === 'istio-releases') releaseIds = releaseAnchors(parsed.data);
    entries[of.collection].push({ id: of.id, file: file.path, text: file.text, data: parsed.data });
    const result = of.schema.safeParse(parsed.data);
    if (!result.success) problems.push(...schemaProblems(of.schema, result.error.issues, file.path, parsed));
    problems.push(...factsProseProblems(parsed, file.path, sourceTitlesOf(parsed.data)));
    todayTitles.push(...sourceTitlesOf(parsed.data));
  }

  // Pass 3: the MDX tree of every article and page, parsed first, since links reach into other pages.
  const pages: { file: MdxFile; tree: Root; body: string; text: SourceText }[] = [];
  for (const file of raw.files) {
    if (
      file.kind === 'case' ||
      file.kind === 'istio-today-sources' ||
      file.kind === 'istio-releases' ||
      file.kind === 'vocabulary'
    )
      continue;
    const { frontmatter, body } = splitFrontmatter(file.text);
    /** What a reader sees of the file, front matter first, for the spacing rule and the glossary. */
    const text = new SourceText();
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
          const [collection, id] =
            file.kind === 'article'
              ? (['articles', `${file.lang}/${file.slug}`] as const)
              : (['istioToday', `${file.lang}/${file.section}`] as const);
          entries[collection].push({
            id,
            file: file.path,
            text: file.text,
            data: parsed.data ?? {},
            body: body.trim(),
          });
          const result = schema.safeParse(parsed.data ?? {});
          if (!result.success) problems.push(...schemaProblems(schema, result.error.issues, file.path, parsed));
          for (const key of ['title', 'description']) {
            const value = (parsed.data as Record<string, unknown> | null)?.[key];
            if (typeof value === 'string') text.add(value, parsed.lineOf([key]));
            text.end();
          }
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
    pages.push({ file, tree, body, text: treeText(tree, file.lang, text) });
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
    addFragments(lang, ISTIO_TODAY_PAGE, istioTodayPageIds(todayKeys, releaseIds));
  }

  const articles = new Map<string, Partial<Record<Lang, ArticleText>>>();
  for (const { file, tree, body, text } of pages) {
    const isArticle = file.kind === 'article';
    const exempt = isArticle ? sourceTitlesOf(facts.get(file.slug)) : file.kind === 'istio-today' ? todayTitles : [];
    // The first use of a term is a page's: an article or the about page is one, the Istio-today page joins several files.
    problems.push(...proseProblems(text, file.path, file.lang, exempt, { firstUse: file.kind !== 'istio-today' }));
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
      headings: isArticle ? REQUIRED_HEADINGS[kinds.get(file.slug) ?? 'full'][file.lang] : undefined,
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

  const failed = new Set(problems.map((p) => p.file));
  for (const list of Object.values(entries)) list.splice(0, list.length, ...list.filter((e) => !failed.has(e.file)));
  return { problems, files: raw.files.length, cases: caseFiles.length, fragments, entries };
}
