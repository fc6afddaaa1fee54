/** The words the ninth-case test forbids are spelt from the counts, so they must be spelt right. */
import { expect, it } from 'vitest';
import { countInWords } from '../support/content-copy';

it('spells counts as copy would write them, in both languages', () => {
  expect([8, 9, 10, 12, 20, 21, 99].map(countInWords)).toEqual([
    { en: 'eight', zh: '八' },
    { en: 'nine', zh: '九' },
    { en: 'ten', zh: '十' },
    { en: 'twelve', zh: '十二' },
    { en: 'twenty', zh: '二十' },
    { en: 'twenty-one', zh: '二十一' },
    { en: 'ninety-nine', zh: '九十九' },
  ]);
});
