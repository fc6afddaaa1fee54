/** The UI dictionaries, and the locale-aware formatting that goes with them. */
import type { Lang } from '../lib/vocabulary';
import { en } from './en';
import type { Dictionary } from './types';
import { zh } from './zh';

const dictionaries: Record<Lang, Dictionary> = { zh, en };

export const t = (lang: Lang): Dictionary => dictionaries[lang];

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
