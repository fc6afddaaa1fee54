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
});
