import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/yaml';
import { VOCABULARY_FILE, vocabularyProblems } from '../../src/lib/vocabulary';

const problemsIn = (text: string) => {
  const { parsed, problems } = parseYaml(text, 'vocabulary.yaml');
  expect(problems).toEqual([]);
  return parsed ? vocabularyProblems(parsed, 'vocabulary.yaml') : [];
};

describe('the vocabulary file', () => {
  it('is valid as committed', () => {
    expect(problemsIn(readFileSync(VOCABULARY_FILE, 'utf8'))).toEqual([]);
  });

  it('names the file, the line, the set and key, and the fix for every problem, as every content problem does', () => {
    const problems = problemsIn(
      [
        'industries:',
        '  Custom Footwear: { zh: 鞋, en: Shoes }',
        '  no-english: { zh: 鞋 }',
        'platforms: {}',
        'colours: {}',
      ].join('\n'),
    );
    expect(problems).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 5,
        field: 'colours',
        found: '"colours", which is not a vocabulary set',
        fix: 'Remove it or correct its spelling; the sets are industries, platforms, capabilities.',
      },
      {
        file: 'vocabulary.yaml',
        line: 2,
        field: 'industries.Custom Footwear',
        found: 'the key "Custom Footwear"',
        fix: 'Write a key in lowercase letters, digits and hyphens, e.g. custom-footwear.',
      },
      {
        file: 'vocabulary.yaml',
        line: 3,
        field: 'industries.no-english.en',
        found: 'no label',
        fix: 'Give the English label: no-english: { zh: …, en: … }.',
      },
      expect.objectContaining({
        line: 4,
        field: 'platforms',
        found: 'an empty set',
        fix: expect.stringMatching(/List at least one key/),
      }),
      expect.objectContaining({
        // A missing set has no line of its own: it goes at the top level.
        line: undefined,
        field: 'capabilities',
        found: 'nothing',
        fix: expect.stringMatching(/List at least one key/),
      }),
    ]);
  });

  it('takes aliases as a list of words per language, and says how to write them otherwise', () => {
    const problems = problemsIn(
      [
        'industries:',
        '  footwear: { zh: 鞋, en: Shoes, aliases: { en: [sneakers], zh: [运动鞋] } }',
        '  bad-list:',
        '    zh: 鞋',
        '    en: Shoes',
        '    aliases: { en: sneakers, xx: [a] }',
        'platforms: { aws: { zh: AWS, en: AWS, aliases: [EKS] } }',
        'capabilities: { tracing: { zh: 追踪, en: Tracing } }',
      ].join('\n'),
    );
    expect(problems).toEqual([
      {
        file: 'vocabulary.yaml',
        line: 6,
        field: 'industries.bad-list.aliases.en',
        found: 'something other than a list of words',
        fix: 'Write aliases: { zh: [word, …], en: [word, …] }.',
      },
      {
        file: 'vocabulary.yaml',
        line: 6,
        field: 'industries.bad-list.aliases.xx',
        found: '"xx", which is not a language of the site',
        fix: "Use the languages' codes: aliases: { zh: [word, …], en: [word, …] }.",
      },
      expect.objectContaining({
        line: 7,
        field: 'platforms.aws.aliases',
        fix: expect.stringMatching(/^Write aliases/),
      }),
    ]);
  });
});
