import { describe, expect, it } from 'vitest';
import { VOCABULARY, vocabularyProblems } from '../../src/lib/vocabulary';

describe('the vocabulary file', () => {
  it('is valid as committed', () => {
    expect(vocabularyProblems(VOCABULARY)).toEqual([]);
  });

  it('names the set, the key and the fix for every problem', () => {
    const problems = vocabularyProblems(
      {
        industries: { 'Custom Footwear': { zh: '鞋', en: 'Shoes' }, 'no-english': { zh: '鞋' } },
        platforms: {},
        colours: {},
      },
      'vocabulary.yaml',
    );
    expect(problems).toEqual([
      'vocabulary.yaml: "colours" is not a vocabulary set; the sets are industries, platforms, capabilities.',
      'vocabulary.yaml: industries.Custom Footwear: a key is lowercase letters, digits and hyphens, e.g. custom-footwear.',
      'vocabulary.yaml: industries.no-english.en: give the English label.',
      'vocabulary.yaml: platforms is missing or empty; list at least one key with its label in each language.',
      'vocabulary.yaml: capabilities is missing or empty; list at least one key with its label in each language.',
    ]);
  });
});
