/** The UI dictionaries, one per language in the languages table. */
import type { Lang } from '../lib/languages';
import { en } from './en';
import type { Dictionary } from './types';
import { zh } from './zh';

const dictionaries: Record<Lang, Dictionary> = { zh, en };

export const t = (lang: Lang): Dictionary => dictionaries[lang];
