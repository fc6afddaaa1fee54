/** The section headings every article has, in order, per language: from the languages table. */
import { LANGS, LANGUAGES, type Lang } from '../languages';

export const REQUIRED_HEADINGS: Record<Lang, readonly string[]> = Object.fromEntries(
  LANGS.map((lang): [Lang, readonly string[]] => [lang, LANGUAGES[lang].headings]),
) as Record<Lang, readonly string[]>;
