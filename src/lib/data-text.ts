/**
 * Short texts from the data (notes, events, release notes) shown out of their
 * case's context, on pages that gather many of them (facets, the timeline).
 */
import { GLOSSARY } from '../data/glossary';
import type { Lang } from './languages';

/**
 * The glossary gives some terms a form for their first use on a page (a
 * Chinese page's first 边车 is 边车（sidecar）); a case page does that in its
 * article, but a page that gathers snippets from many cases must do it for the
 * first snippet that uses the term. Returns a function to pass each snippet
 * through, in page order.
 */
export function firstUseGloss(lang: Lang): (text: string) => string {
  const terms = GLOSSARY.flatMap(({ use, firstUse }) => {
    const [term, first] = [use[lang], firstUse?.[lang]];
    return term && first ? [{ term, first }] : [];
  });
  const done = new Set<string>();
  return (text) => {
    let out = text;
    for (const { term, first } of terms) {
      const at = out.indexOf(term);
      if (done.has(term) || at < 0) continue;
      done.add(term);
      if (!out.startsWith(first, at)) out = out.slice(0, at) + first + out.slice(at + term.length);
    }
    return out;
  };
}

/** Text split into plain runs and commands (`backticked`, or istioctl and its subcommand) to set as code. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  const parts: { text: string; code: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(/`([^`]+)`|\bistioctl(?: [a-z][a-z-]*)?/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), code: false });
    parts.push({ text: match[1] ?? match[0], code: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), code: false });
  return parts;
}
