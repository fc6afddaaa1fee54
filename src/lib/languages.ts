/**
 * The languages the site is written in, one entry each. The Astro config, the
 * schema's bilingual fields, the content loaders, the URL helpers and the
 * dictionaries all read this table, so adding a language is one entry here,
 * one dictionary in src/i18n/, its articles, and its wording in every
 * `localized` field; the type checker lists each place still missing.
 *
 * It lives in lib/ (not i18n/) because lib/ must not import i18n/: the
 * dictionaries depend on lib/vocabulary, never the other way round.
 */

export interface Language {
  /** BCP 47 tag for `<html lang>`, `hreflang`, feeds and the sitemap. */
  tag: string;
  /** First path segment of its pages; '' for the language served at the root. */
  prefix: string;
  /** The language's name in itself, as the language switch shows it. */
  label: string;
  /** English name, for messages to authors. */
  name: string;
  /** Locale handed to `Intl` for numbers (grouping, compact notation, currency). */
  intl: string;
  /**
   * Locale handed to `Intl` for dates. English takes `en-GB` so dates read
   * day-month-year (31 July 2018), matching the site's British spelling, while
   * its figures keep `en`'s 10M and $1B.
   */
  dates: string;
  /** Open Graph locale (`og:locale`), which uses an underscore. */
  og: string;
}

export const LANGUAGES = {
  zh: { tag: 'zh-CN', prefix: '', label: '中文', name: 'Chinese', intl: 'zh-CN', dates: 'zh-CN', og: 'zh_CN' },
  en: { tag: 'en', prefix: 'en', label: 'English', name: 'English', intl: 'en', dates: 'en-GB', og: 'en_GB' },
} as const satisfies Record<string, Language>;

export type Lang = keyof typeof LANGUAGES;

/** Every language code, in the table's order (the default first). */
export const LANGS = Object.keys(LANGUAGES) as [Lang, ...Lang[]];

/** The language served at the root of the site (the one with an empty prefix). */
export const DEFAULT_LANG: Lang = LANGS.find((lang) => LANGUAGES[lang].prefix === '') ?? LANGS[0];

/** The languages other than `lang`, for language switches and alternates. */
export const otherLangs = (lang: Lang): Lang[] => LANGS.filter((other) => other !== lang);
