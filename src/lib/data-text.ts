/**
 * Short texts from the data (notes, events, release notes) shown out of their
 * case's context, on pages that gather many of them (facets, the timeline).
 */
import type { Lang } from './languages';

/**
 * A Chinese page names the sidecar with its English word the first time
 * (边车（sidecar）); a case page does that in its article, but a page that
 * gathers snippets from many cases must do it for the first snippet that says
 * 边车. Returns a function to pass each snippet through, in page order.
 */
export function firstUseGloss(lang: Lang): (text: string) => string {
  let done = lang !== 'zh';
  return (text) => {
    if (done || !text.includes('边车')) return text;
    done = true;
    return /边车[（(]sidecar[)）]/.test(text.slice(text.indexOf('边车')))
      ? text
      : text.replace('边车', '边车（sidecar）');
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
