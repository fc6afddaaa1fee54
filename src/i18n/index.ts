/** The UI dictionaries: one file per language in the languages table, `src/i18n/<code>.ts`. */
import type { FacetKind } from '../lib/facets';
import { LANGS, LANGUAGES, type Lang } from '../lib/languages';
import type { Dictionary } from './types';

const files = import.meta.glob<Dictionary>(['./*.ts', '!./index.ts', '!./types.ts'], {
  eager: true,
  import: 'dictionary',
});

const dictionaries = Object.fromEntries(
  LANGS.map((lang) => {
    const dictionary = files[`./${lang}.ts`];
    if (!dictionary)
      throw new Error(
        `src/i18n/${lang}.ts is missing: write the ${LANGUAGES[lang].name} dictionary there, exported as \`dictionary\` (copy another language's).`,
      );
    return [lang, dictionary];
  }),
) as Record<Lang, Dictionary>;

export const t = (lang: Lang): Dictionary => dictionaries[lang];

/** The labels of one facet kind's values (capabilities, industries or platforms), by vocabulary key. */
export function facetLabels(lang: Lang, kind: FacetKind): Readonly<Record<string, string>> {
  const dict = t(lang);
  return kind === 'capabilities' ? dict.capability : kind === 'industries' ? dict.industry : dict.platform;
}
