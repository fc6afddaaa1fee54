/**
 * Value sets of the content model. Industries, platforms and capabilities are
 * open: they live with their labels in the content folder (`vocabulary.yaml`),
 * so adding one takes the key and its two labels and nothing else. The rest
 * are closed sets that code depends on, so they stay here.
 *
 * Reads a file when first imported, so this module is for the build (pages,
 * the schema, scripts), never for a script shipped to the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './content-dir.ts';
import { LANGS, LANGUAGES, type Lang } from './languages.ts';

export const VOCABULARY_FILE = join(contentDir, 'vocabulary.yaml');

/** One value's label in each language. */
export type Labels = Record<Lang, string>;

/** The open sets, each an ordered map from key to labels. */
export interface Vocabulary {
  industries: Record<string, Labels>;
  platforms: Record<string, Labels>;
  capabilities: Record<string, Labels>;
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SETS = ['industries', 'platforms', 'capabilities'] as const;

/** Check a parsed vocabulary; every problem names the set, the key and the fix. */
export function vocabularyProblems(raw: unknown, file = VOCABULARY_FILE): string[] {
  if (typeof raw !== 'object' || raw === null)
    return [`${file}: expected the sets ${SETS.join(', ')} at the top level.`];
  const problems: string[] = [];
  const data = raw as Record<string, unknown>;
  for (const extra of Object.keys(data).filter((k) => !(SETS as readonly string[]).includes(k))) {
    problems.push(`${file}: "${extra}" is not a vocabulary set; the sets are ${SETS.join(', ')}.`);
  }
  for (const set of SETS) {
    const values = data[set];
    if (typeof values !== 'object' || values === null || Object.keys(values).length === 0) {
      problems.push(`${file}: ${set} is missing or empty; list at least one key with its label in each language.`);
      continue;
    }
    for (const [key, labels] of Object.entries(values)) {
      if (!KEY.test(key)) {
        problems.push(`${file}: ${set}.${key}: a key is lowercase letters, digits and hyphens, e.g. custom-footwear.`);
      }
      const l = labels as Partial<Labels> | null;
      for (const lang of LANGS) {
        const label = l?.[lang];
        if (typeof label !== 'string' || !label.trim()) {
          problems.push(`${file}: ${set}.${key}.${lang}: give the ${LANGUAGES[lang].name} label.`);
        }
      }
    }
  }
  return problems;
}

function load(file: string): Vocabulary {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the vocabulary: ${(error as Error).message}`, { cause: error });
  }
  const problems = vocabularyProblems(raw, file);
  if (problems.length) throw new Error(`The vocabulary is not valid:\n- ${problems.join('\n- ')}`);
  return raw as Vocabulary;
}

export const VOCABULARY: Vocabulary = load(VOCABULARY_FILE);

type Keys = readonly [string, ...string[]];
const keysOf = (set: Record<string, Labels>) => Object.keys(set) as unknown as Keys;

export const INDUSTRIES = keysOf(VOCABULARY.industries);

export const PLATFORMS = keysOf(VOCABULARY.platforms);

/** In the order the vocabulary lists them, which is the order the matrix shows. */
export const CAPABILITIES = keysOf(VOCABULARY.capabilities);

/** Labels of one set in one language, keyed by value. */
export const labelsIn = (set: keyof Vocabulary, lang: Lang): Record<string, string> =>
  Object.fromEntries(Object.entries(VOCABULARY[set]).map(([key, labels]) => [key, labels[lang]]));

export const LEVELS = ['documented', 'partial', 'not-reported'] as const;

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

export type Industry = string;
export type Platform = string;
export type Capability = string;
export type Level = (typeof LEVELS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceStatus = (typeof SOURCE_STATUSES)[number];
export type SourceScope = (typeof SOURCE_SCOPES)[number];
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
export const ISTIO_TODAY_LESSONS = [
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
export const ISTIO_TODAY_SECTIONS = ['architecture', ...ISTIO_TODAY_LESSONS, 'releases'] as const;

export type IstioTodayLesson = (typeof ISTIO_TODAY_LESSONS)[number];
export type IstioTodaySection = (typeof ISTIO_TODAY_SECTIONS)[number];
