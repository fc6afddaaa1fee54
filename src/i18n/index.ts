/** The UI dictionaries, one per language in the languages table. */
import type { FacetKind } from '../lib/facets';
import type { Lang } from '../lib/languages';
import { en } from './en';
import type { Dictionary } from './types';
import { zh } from './zh';

const dictionaries: Record<Lang, Dictionary> = { zh, en };

export const t = (lang: Lang): Dictionary => dictionaries[lang];

/** The labels of one facet kind's values (capabilities, industries or platforms), by vocabulary key. */
export function facetLabels(lang: Lang, kind: FacetKind): Readonly<Record<string, string>> {
  const dict = t(lang);
  return kind === 'capabilities' ? dict.capability : kind === 'industries' ? dict.industry : dict.platform;
}
