/**
 * The text a reader sees on a built page: the body's text in document order,
 * without scripts, styles, code, quotations or anything marked hidden, and
 * without passages marked as being in the other language (a Chinese page's
 * English source titles are not Chinese text).
 */
import { parse } from 'parse5';
import type { P5Node } from './html';

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'code', 'pre', 'kbd', 'samp', 'q', 'blockquote']);
/** Elements that break a line, so words from neighbouring blocks do not run together. */
const BLOCK =
  /^(p|div|li|h[1-6]|td|th|dt|dd|section|article|header|footer|nav|tr|ul|ol|figcaption|br|text|title|desc)$/;

export function visibleText(html: string, pageLang: 'zh' | 'en'): string {
  const parts: string[] = [];
  const walk = (node: P5Node) => {
    const tag = node.tagName;
    if (tag) {
      const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
      if (SKIPPED.has(tag) || 'hidden' in attrs) return;
      const lang = attrs.lang?.toLowerCase();
      if (lang && tag !== 'html' && !lang.startsWith(pageLang)) return;
    }
    if (node.nodeName === '#text') parts.push(node.value ?? '');
    for (const child of node.childNodes ?? []) walk(child);
    if (tag && BLOCK.test(tag)) parts.push('\n');
  };
  const doc = parse(html) as unknown as P5Node;
  const htmlEl = doc.childNodes?.find((n) => n.tagName === 'html');
  const body = htmlEl?.childNodes?.find((n) => n.tagName === 'body');
  if (body) walk(body);
  return parts.join('').replace(/[ \t]+/g, ' ');
}
