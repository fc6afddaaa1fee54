/**
 * Value sets of the content model. Industries, platforms and capabilities are
 * open: they live with their labels in the content folder (`vocabulary.yaml`),
 * so adding one takes the key and its two labels and nothing else. The rest
 * are closed sets that code depends on, so they stay here.
 *
 * The file is read when this module is first imported, so it is for the build
 * (pages, the schema, scripts), never for a script shipped to the browser.
 */
import { VOCABULARY, VOCABULARY_FILE, type Labels, type Vocabulary } from './content/vocabulary.ts';
import type { Lang } from './languages.ts';

export {
  VOCABULARY,
  VOCABULARY_FILE,
  vocabularyProblems,
  type Entry,
  type Labels,
  type Vocabulary,
} from './content/vocabulary.ts';

type Keys = readonly [string, ...string[]];
const keysOf = (set: Record<string, Labels>) => Object.keys(set) as unknown as Keys;

export const INDUSTRIES = keysOf(VOCABULARY.industries);

export const PLATFORMS = keysOf(VOCABULARY.platforms);

/** In the order the vocabulary lists them, which is the order the matrix shows. */
export const CAPABILITIES = keysOf(VOCABULARY.capabilities);

/** Labels of one set in one language, keyed by value. */
export const labelsIn = (set: keyof Vocabulary, lang: Lang): Record<string, string> =>
  Object.fromEntries(Object.entries(VOCABULARY[set]).map(([key, labels]) => [key, labels[lang]]));

/**
 * Every value's words in one language, one group per value: its label and its
 * aliases, each once. The search page of that language treats the words of a
 * group as the same thing (src/components/search-aliases.ts); its index holds
 * only pages in that language, so another language's words would find nothing
 * there (a language's aliases list the foreign words its writers use, like k8s).
 */
export function aliasGroups(lang: Lang): string[][] {
  return Object.values(VOCABULARY).flatMap((set: Vocabulary[keyof Vocabulary]) =>
    Object.values(set).map((entry) => {
      const words = [entry[lang], ...(entry.aliases?.[lang] ?? [])];
      return words.filter((word, i) => words.findIndex((w) => w.toLowerCase() === word.toLowerCase()) === i);
    }),
  );
}

/** How well a capability's use is documented, in the order the matrix legend shows them. */
export const LEVELS = ['documented', 'partial', 'not-used', 'not-reported'] as const;

/**
 * What a company source says about a capability. The level follows from it
 * (LEVEL_OF), so one rule rates every cell: a feature list or a talk title is
 * never "documented", however long the list.
 */
export const EVIDENCE = ['used', 'partly-used', 'planned', 'listed', 'declined'] as const;

export const LEVEL_OF = {
  used: 'documented',
  'partly-used': 'partial',
  planned: 'partial',
  listed: 'partial',
  declined: 'not-used',
} as const satisfies Record<(typeof EVIDENCE)[number], (typeof LEVELS)[number]>;

/** A full case tells the story; a brief says in a few sentences what the public record shows and what to read. */
export const CASE_KINDS = ['full', 'brief'] as const;

/** company: drawn from sources about this company; typical: the usual deployment of that Istio version, from general material. */
export const DIAGRAM_BASES = ['company', 'typical'] as const;

export const SOURCE_KINDS = ['blog', 'talk', 'video', 'podcast', 'issue', 'repository', 'article', 'filing'] as const;

/** ok: checked and live; moved: the address changed (note says where); rotted: gone; unchecked: not verified live. */
export const SOURCE_STATUSES = ['ok', 'moved', 'rotted', 'unchecked'] as const;

/**
 * company: the source is about this case's company or project; general: Istio
 * material that says what the software could do, not what this team did with it.
 */
export const SOURCE_SCOPES = ['company', 'general'] as const;

export const CAVEAT_KINDS = ['conflict', 'correction', 'link-rot', 'unverified'] as const;

export const FIGURE_QUALIFIERS = ['exact', 'approx', 'more-than', 'up-to'] as const;

export const FIGURE_STYLES = ['count', 'percent', 'usd'] as const;

export type Capability = string;
export type Level = (typeof LEVELS)[number];
export type Evidence = (typeof EVIDENCE)[number];
export type CaseKind = (typeof CASE_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceStatus = (typeof SOURCE_STATUSES)[number];
export type CaveatKind = (typeof CAVEAT_KINDS)[number];
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];
export type FigureStyle = (typeof FIGURE_STYLES)[number];
/**
 * The entry for a vocabulary value in a map keyed by such values (labels, a
 * case's capabilities). The schema guarantees every value has one, so a miss
 * is a bug worth stopping the build for, not a gap to render.
 */
export function entryOf<V>(map: Readonly<Record<string, V>>, key: string): V {
  const entry = map[key];
  if (entry === undefined) throw new Error(`"${key}" has no entry here; is it listed in ${VOCABULARY_FILE}?`);
  return entry;
}

/**
 * The 2018 lessons the Istio-today page follows up, in page order. Each is also
 * the fixed anchor of its section (`/istio-today/#mixer`), which case pages link to.
 */
const ISTIO_TODAY_LESSONS = [
  'mixer',
  'upgrades',
  'sidecar-cost',
  'multicluster',
  'observability',
  'extensions',
  'mtls',
  'local-development',
] as const;

/** Every section of the Istio-today page, in page order; each name is its anchor and its content file. */
export const ISTIO_TODAY_SECTIONS = ['architecture', ...ISTIO_TODAY_LESSONS, 'in-2026', 'releases'] as const;

export type IstioTodaySection = (typeof ISTIO_TODAY_SECTIONS)[number];
