/**
 * Reads and checks the vocabulary file (industries, platforms, capabilities,
 * each key with its label in every language). Read once, when first imported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from './dir.ts';
import { LANGS, LANGUAGES, type Lang } from '../languages.ts';

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
