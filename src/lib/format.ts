/**
 * Dates and numbers as each locale writes them. Pure, so the tests pin the
 * output. Dates take the page's language and use its date locale from the
 * languages table (English dates are British: 31 July 2018); figures take the
 * `Intl` locale and their dictionary's qualifier wording.
 */
import { LANGUAGES, type Lang } from './languages';
import type { FigureQualifier, FigureStyle } from './vocabulary';

/** Han characters (CJK unified ideographs and extension A). */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const HAN_THEN_LATIN = new RegExp(`([${HAN}])([A-Za-z0-9])`, 'g');
const LATIN_THEN_HAN = new RegExp(`([A-Za-z0-9%+])([${HAN}])`, 'g');

/**
 * The site's Chinese spacing rule: a space between Han characters and Latin
 * letters or Arabic numerals (`2018 年 5 月`, `1000 万`). Intl writes them
 * together, so formatted dates and numbers pass through here.
 */
const spaceHanAndLatin = (text: string) => text.replace(HAN_THEN_LATIN, '$1 $2').replace(LATIN_THEN_HAN, '$1 $2');

// Intl formatters are costly to create and pages format many dates: make each one once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
// A site has few distinct dates and formats each on many pages: format each once per locale.
const formattedDates = new Map<string, string>();

/** Format a date given as YYYY, YYYY-MM or YYYY-MM-DD at the precision the source gave, as `lang` writes it. */
export function formatPartialDate(date: string, lang: Lang): string {
  const id = `${lang}:${date}`;
  let formatted = formattedDates.get(id);
  if (formatted === undefined) {
    formatted = formatDate(date, LANGUAGES[lang].dates);
    formattedDates.set(id, formatted);
  }
  return formatted;
}

function formatDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const when = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const key = `${locale}:${month ? 1 : 0}${day ? 1 : 0}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return spaceHanAndLatin(format.format(when));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One number formatter per locale and kind, made on first use. */
function numberFormat(locale: string, kind: 'plain' | `${'count' | 'usd'}${'' | '-compact'}`): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = kind === 'plain' ? {} : { maximumFractionDigits: 1 };
    if (kind.endsWith('-compact')) options.notation = 'compact';
    if (kind.startsWith('usd'))
      Object.assign(options, { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' });
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export interface FigureValue {
  value: number;
  qualifier: FigureQualifier;
  style: FigureStyle;
}

/** How a language words "about N", "more than N" and so on, given N already formatted. */
export type QualifierWording = Record<FigureQualifier, (formatted: string) => string>;

/** Format a key figure: compact for large numbers (10M, 1000万), percent and US dollars as styled. */
export function formatFigure(
  { value, qualifier, style }: FigureValue,
  locale: string,
  wording: QualifierWording,
): string {
  const number =
    style === 'percent'
      ? `${numberFormat(locale, 'plain').format(value)}%`
      : numberFormat(locale, `${style === 'usd' ? 'usd' : 'count'}${value >= 10_000 ? '-compact' : ''}`).format(value);
  return spaceHanAndLatin(wording[qualifier](number));
}
