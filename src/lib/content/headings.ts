/**
 * The section headings an article has, in order, per kind of case and language.
 * A full case is a story with a verdict, its sections from the languages table;
 * a brief is a few sentences with no sections.
 */
import { LANGS, LANGUAGES, type Lang } from '../languages';
import type { CaseKind } from '../vocabulary';

const perLanguage = (headings: (lang: Lang) => readonly string[]) =>
  Object.fromEntries(LANGS.map((lang): [Lang, readonly string[]] => [lang, headings(lang)])) as Record<
    Lang,
    readonly string[]
  >;

export const REQUIRED_HEADINGS: Record<CaseKind, Record<Lang, readonly string[]>> = {
  full: perLanguage((lang) => LANGUAGES[lang].headings),
  brief: perLanguage(() => []),
};
