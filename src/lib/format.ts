/** Dates and numbers as each language writes them. Pure, so the tests pin the output. */
import { t } from '../i18n';
import type { FigureQualifier, FigureStyle, Lang } from './vocabulary';

// Intl formatters are costly to create and pages format many dates: make each one once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Format a date given as YYYY, YYYY-MM or YYYY-MM-DD at the precision the source gave. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  const when = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const key = `${lang}:${month ? 1 : 0}${day ? 1 : 0}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    format = new Intl.DateTimeFormat(t(lang).locale, options);
    dateFormats.set(key, format);
  }
  return format.format(when);
}

export interface FigureValue {
  value: number;
  qualifier: FigureQualifier;
  style: FigureStyle;
}

/** Format a key figure: compact for large numbers (10M, 1000万), percent and US dollars as styled. */
export function formatFigure({ value, qualifier, style }: FigureValue, lang: Lang): string {
  const locale = t(lang).locale;
  const options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };
  if (value >= 10_000) options.notation = 'compact';
  if (style === 'usd') Object.assign(options, { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' });
  const number =
    style === 'percent'
      ? `${new Intl.NumberFormat(locale).format(value)}%`
      : new Intl.NumberFormat(locale, options).format(value);
  return t(lang).qualifier[qualifier](number);
}
