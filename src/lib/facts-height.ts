/**
 * A generous estimate of the facts panel's height in the 17rem side column, from
 * its text, so CSS can pin the panel only on screens taller than it (a height
 * media query per page) and let it scroll with the page elsewhere. Han
 * characters take a full em, other characters about half; every line is
 * rounded up and the total gets a fifth on top, so the estimate errs tall.
 */
import type { CaseFacts } from './cases';
import type { Lang } from './languages';

/** Text width in em, per line of the side column's content box (17rem less padding). */
const LINE_EM = 14;
const emWidth = (text: string) =>
  [...text].reduce((sum, ch) => sum + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.56), 0);
const lines = (text: string, em = 1) => Math.max(1, Math.ceil((emWidth(text) * em) / LINE_EM));

export function factsPanelHeightRem(facts: CaseFacts, lang: Lang): number {
  const line = 1.6;
  let height = 2 * 1.25 + 2 /* padding, heading */ + 1.5 /* as-of */ + 2; /* figures heading */
  for (const figure of facts.keyFigures) {
    height += 2.2 + lines(`${figure.label[lang]} (2018年12月) T1`, 1) * 1.45 + 0.6;
  }
  const values = [
    facts.company[lang],
    'industry label',
    facts.headquarters?.place[lang] ?? 'not confirmed by the sources reviewed',
    `${facts.platform.kind} ${facts.platform.note?.[lang] ?? ''} T1 T2`,
    `${facts.period.text[lang]} T1 T2`,
    `${facts.istioVersions.join(', ')} ${facts.istioVersionsNote?.[lang] ?? ''}`,
  ];
  for (const value of values) height += 1.3 /* label */ + lines(value) * line + 0.75;
  return Math.ceil(height * 1.2);
}
