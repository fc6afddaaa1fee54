import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { formatFigure as format, formatPartialDate, type FigureValue } from '../../src/lib/format';
import { LANGUAGES, type Lang } from '../../src/lib/languages';

const formatFigure = (figure: FigureValue, lang: Lang) => format(figure, LANGUAGES[lang].intl, t(lang).qualifier);

describe('dates at the precision the source gives', () => {
  it.each([
    ['2018', 'zh', '2018 年'],
    ['2018', 'en', '2018'],
    ['2018-05', 'zh', '2018 年 5 月'],
    ['2018-05', 'en', 'May 2018'],
    ['2018-07-31', 'zh', '2018 年 7 月 31 日'],
    ['2018-07-31', 'en', '31 July 2018'],
  ] as const)('%s in %s is %s', (date, lang, expected) => {
    expect(formatPartialDate(date, lang)).toBe(expected);
  });
  it('writes English days before months, the British way, never "July 31, 2018"', () => {
    expect(formatPartialDate('2018-07-31', 'en')).not.toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(formatPartialDate('2018-07-31', 'en')).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});

describe('key figures per locale', () => {
  it('groups and compacts large numbers the way each language counts', () => {
    expect(formatFigure({ value: 10_000_000, qualifier: 'more-than', style: 'count' }, 'zh')).toBe('1000 万+');
    expect(formatFigure({ value: 10_000_000, qualifier: 'more-than', style: 'count' }, 'en')).toBe('10M+');
    expect(formatFigure({ value: 1500, qualifier: 'exact', style: 'count' }, 'en')).toBe('1,500');
  });
  it('prints qualifiers, percentages and dollars', () => {
    expect(formatFigure({ value: 400, qualifier: 'approx', style: 'count' }, 'en')).toBe('about 400');
    expect(formatFigure({ value: 400, qualifier: 'approx', style: 'count' }, 'zh')).toBe('约 400');
    expect(formatFigure({ value: 75, qualifier: 'up-to', style: 'percent' }, 'en')).toBe('up to 75%');
    expect(formatFigure({ value: 1_000_000_000, qualifier: 'more-than', style: 'usd' }, 'en')).toBe('$1B+');
  });
});
