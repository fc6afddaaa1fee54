/**
 * The one module the Istio-today page, the feeds and the case pages read the
 * page from. Loads its sections and sources once per build and checks that
 * each language has every section, so a missing or stray file stops the build
 * with the file and the fix instead of leaving a hole in the page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from './content/dir';
import { resolveReleases, type IstioRelease } from './istio-releases';
import { LANGS, type Lang } from './languages';
import { ISTIO_TODAY_SECTIONS, type IstioTodaySection } from './vocabulary';

export const ISTIO_TODAY_PATH = '/istio-today/';

type SectionEntry = CollectionEntry<'istioToday'>;
type PageSource = CollectionEntry<'istioTodaySources'>['data']['sources'][number];

interface IstioTodayEdition {
  /** Page head: title, description, asOf and the introduction. */
  intro: SectionEntry & { data: { description: string; asOf: string } };
  sections: Record<IstioTodaySection, SectionEntry>;
}

export interface IstioToday {
  editions: Record<Lang, IstioTodayEdition>;
  /** Every Istio minor release, oldest first. */
  releases: IstioRelease[];
  /** Everything the page cites: the release list's sources first, then the page's own. */
  sources: PageSource[];
  /** The latest of the editions' review dates. */
  asOf: string;
}

/** Problems with the section files, each naming the file and the fix. Pure, for the unit tests. */
export function istioTodayProblems(
  entries: readonly Pick<SectionEntry, 'id' | 'data'>[],
  sourceKeys: readonly string[],
  dir = `${contentDir}/istio-today`,
): string[] {
  const problems: string[] = [];
  const names = ['intro', ...ISTIO_TODAY_SECTIONS] as const;
  const allKeys = new Set(sourceKeys);
  const ids = new Set(entries.map((e) => e.id));
  for (const lang of LANGS) {
    for (const name of names) {
      if (!ids.has(`${lang}/${name}`)) problems.push(`${dir}/${lang}/${name}.mdx is missing; write this section.`);
    }
  }
  for (const { id, data } of entries) {
    const name = id.split('/')[1] ?? '';
    const file = `${dir}/${id}.mdx`;
    if (!(names as readonly string[]).includes(name)) {
      problems.push(`${file}: "${name}" is not a section of the page; use one of ${names.join(', ')}, or remove it.`);
    }
    if (name === 'intro' && (!data.description || !data.asOf)) {
      problems.push(`${file}: the page head needs \`description\` and \`asOf\` in its front matter.`);
    }
    if (name === 'architecture' && (!data.alt || !data.diagramSources)) {
      problems.push(
        `${file}: give \`alt\`, the text alternative of the then-and-now diagram, and \`diagramSources\`, the keys it rests on.`,
      );
    }
    for (const key of data.diagramSources ?? []) {
      if (!allKeys.has(key)) problems.push(`${file}: diagramSources names ${key}, which is not a source of the page.`);
    }
  }
  return problems;
}

let cached: Promise<IstioToday> | undefined;

async function load(): Promise<IstioToday> {
  const [entries, sourceFiles, releaseFiles] = await Promise.all([
    getCollection('istioToday'),
    getCollection('istioTodaySources'),
    getCollection('istioReleases'),
  ]);
  const own = sourceFiles[0]?.data.sources ?? [];
  const releaseFile = releaseFiles[0]?.data;
  const sources = [...(releaseFile?.sources ?? []), ...own];
  const problems = istioTodayProblems(
    entries,
    sources.map((s) => s.key),
  );
  if (sourceFiles.length === 0) problems.push(`${contentDir}/istio-today/sources.yaml is missing.`);
  if (!releaseFile) problems.push(`${contentDir}/istio-today/releases.yaml is missing.`);
  if (problems.length || !releaseFile)
    throw new Error(`The Istio-today page is not valid:\n- ${problems.join('\n- ')}`);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const edition = (lang: Lang): IstioTodayEdition => ({
    intro: byId.get(`${lang}/intro`) as IstioTodayEdition['intro'],
    sections: Object.fromEntries(ISTIO_TODAY_SECTIONS.map((s) => [s, byId.get(`${lang}/${s}`)])) as Record<
      IstioTodaySection,
      SectionEntry
    >,
  });
  const editions = Object.fromEntries(LANGS.map((lang) => [lang, edition(lang)])) as Record<Lang, IstioTodayEdition>;
  return {
    editions,
    releases: resolveReleases(releaseFile),
    sources,
    asOf: LANGS.map((lang) => editions[lang].intro.data.asOf)
      .sort()
      .at(-1) as string,
  };
}

export function getIstioToday(): Promise<IstioToday> {
  cached ??= load();
  return cached;
}
