/**
 * The languages the site is written in, one entry each. The Astro config, the
 * schema's bilingual fields, the content loaders, the URL helpers and the
 * dictionaries all read this table, so adding a language is one entry here,
 * one dictionary in src/i18n/<code>.ts, its articles and pages in src/content/,
 * and its wording in every `localized` field (tests/e2e/third-language.test.ts
 * builds the site with a stub third language to prove it).
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
  /** The section headings every article in the language has, in order (the content gate checks them). */
  headings: readonly string[];
}

export const LANGUAGES = {
  zh: {
    tag: 'zh-CN',
    prefix: '',
    label: '中文',
    name: 'Chinese',
    intl: 'zh-CN',
    dates: 'zh-CN',
    og: 'zh_CN',
    headings: ['背景', '引入 Istio 之前', '网格做了什么', '架构', '结果与经验'],
  },
  en: {
    tag: 'en',
    prefix: 'en',
    label: 'English',
    name: 'English',
    intl: 'en',
    dates: 'en-GB',
    og: 'en_GB',
    headings: ['Background', 'Before Istio', 'What the mesh did', 'Architecture', 'Outcomes and lessons'],
  },
} as const satisfies Record<string, Language>;

export type Lang = keyof typeof LANGUAGES;

/** Every language code, in the table's order (the default first). */
export const LANGS = Object.keys(LANGUAGES) as [Lang, ...Lang[]];

/** The language served at the root of the site (the one with an empty prefix). */
export const DEFAULT_LANG: Lang = LANGS.find((lang) => LANGUAGES[lang].prefix === '') ?? LANGS[0];

/** A reader-facing text in every language. */
export type Localized = Record<Lang, string>;

/** The language whose spelling of company names orders every list of cases, so every language lists them alike. */
const ORDER_LANG: Lang = 'en';

/** Orders two names given in every language, by their spelling in the ordering language. */
export const byName = (a: Localized, b: Localized) =>
  a[ORDER_LANG].localeCompare(b[ORDER_LANG], LANGUAGES[ORDER_LANG].intl);

/** The path prefixes of the languages not served at the root. */
export const PREFIXES: readonly string[] = LANGS.map((lang) => LANGUAGES[lang].prefix).filter(Boolean);

/** The languages other than `lang`, for language switches and alternates. */
export const otherLangs = (lang: Lang): Lang[] => LANGS.filter((other) => other !== lang);
