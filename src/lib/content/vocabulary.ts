/**
 * Reads and checks the vocabulary file (industries, platforms, capabilities,
 * each key with its label in every language). Read once, when first imported:
 * the schema's value sets come from it, so a broken vocabulary stops everything
 * with its problems, in the same form as every other content problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './dir.ts';
import { displayPath, formatProblems, type Problem } from './problem.ts';
import { parseYaml, type ParsedYaml } from './yaml.ts';
import { LANGS, LANGUAGES, type Lang } from '../languages.ts';

export const VOCABULARY_FILE = join(contentDir, 'vocabulary.yaml');

/** One value's label in each language. */
export type Labels = Record<Lang, string>;

/**
 * A value: its labels and, optionally, the other words a reader may type for
 * it in each language (synonyms, abbreviations, spellings with or without a
 * hyphen or space), which search also tries.
 */
export type Entry = Labels & { aliases?: Partial<Record<Lang, string[]>> };

/** The open sets, each an ordered map from key to entry. */
export interface Vocabulary {
  industries: Record<string, Entry>;
  platforms: Record<string, Entry>;
  capabilities: Record<string, Entry>;
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const VOCABULARY_SETS = ['industries', 'platforms', 'capabilities'] as const;

/** Check a parsed vocabulary; every problem names the file, the line, the set and key, and the fix. */
export function vocabularyProblems(
  parsed: Pick<ParsedYaml, 'data' | 'lineOf'>,
  file = displayPath(VOCABULARY_FILE),
): Problem[] {
  const at = (...path: string[]) => ({ file, line: parsed.lineOf(path), field: path.join('.') || undefined });
  const pair = `{ ${LANGS.map((lang) => `${lang}: …`).join(', ')} }`;
  const raw = parsed.data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return [
      {
        file,
        line: 1,
        found: 'no sets of values',
        fix: `Write the sets ${VOCABULARY_SETS.join(', ')} at the top level, each key with its labels.`,
      },
    ];
  }
  const problems: Problem[] = [];
  const data = raw as Record<string, unknown>;
  for (const extra of Object.keys(data).filter((k) => !(VOCABULARY_SETS as readonly string[]).includes(k))) {
    problems.push({
      ...at(extra),
      found: `"${extra}", which is not a vocabulary set`,
      fix: `Remove it or correct its spelling; the sets are ${VOCABULARY_SETS.join(', ')}.`,
    });
  }
  for (const set of VOCABULARY_SETS) {
    const values = data[set];
    if (typeof values !== 'object' || values === null || Object.keys(values).length === 0) {
      problems.push({
        ...at(set),
        found: values === undefined ? 'nothing' : 'an empty set',
        fix: `List at least one key under ${set}:, with its label in each language: key: ${pair}.`,
      });
      continue;
    }
    for (const [key, labels] of Object.entries(values)) {
      if (!KEY.test(key)) {
        problems.push({
          ...at(set, key),
          found: `the key "${key}"`,
          fix: 'Write a key in lowercase letters, digits and hyphens, e.g. custom-footwear.',
        });
      }
      const l = labels as Partial<Labels> | null;
      for (const lang of LANGS) {
        const label = l?.[lang];
        if (typeof label !== 'string' || !label.trim()) {
          problems.push({
            ...at(set, key, lang),
            found: label === undefined ? 'no label' : 'an empty label',
            fix: `Give the ${LANGUAGES[lang].name} label: ${key}: ${pair}.`,
          });
        }
      }
      problems.push(...aliasProblems((l as Entry | null)?.aliases, (...path) => at(set, key, 'aliases', ...path)));
    }
  }
  return problems;
}

const ALIASES_SHAPE = `aliases: { ${LANGS.map((lang) => `${lang}: [word, …]`).join(', ')} }`;

/** An entry's aliases, when it has any: a list of words per language. */
function aliasProblems(aliases: unknown, at: (...path: string[]) => Pick<Problem, 'file' | 'line' | 'field'>) {
  if (aliases === undefined) return [];
  if (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases)) {
    return [{ ...at(), found: 'aliases that are not a list per language', fix: `Write ${ALIASES_SHAPE}.` }];
  }
  const problems: Problem[] = [];
  for (const [lang, words] of Object.entries(aliases)) {
    if (!(LANGS as readonly string[]).includes(lang)) {
      problems.push({
        ...at(lang),
        found: `"${lang}", which is not a language of the site`,
        fix: `Use the languages' codes: ${ALIASES_SHAPE}.`,
      });
    } else if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && w.trim())) {
      problems.push({ ...at(lang), found: 'something other than a list of words', fix: `Write ${ALIASES_SHAPE}.` });
    }
  }
  return problems;
}

function load(path: string): Vocabulary {
  const file = displayPath(path);
  // A missing file fails here with the path; so does every problem of one that exists.
  const { parsed, problems } = parseYaml(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), file);
  const all = parsed ? [...problems, ...vocabularyProblems(parsed, file)] : problems;
  if (all.length) throw new Error(formatProblems(all));
  return parsed?.data as Vocabulary;
}

export const VOCABULARY: Vocabulary = load(VOCABULARY_FILE);
