/**
 * Built HTML as a document tree (parse5, the parser browsers' algorithm is
 * specified by), so checks read elements and attributes, not text that merely
 * looks like them (a `</title>` inside an attribute, a tag in a comment).
 */
import { parse } from 'parse5';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  /** Text of the element's own text children (script and style bodies). */
  text: string;
}

/** The parts of a parse5 node the tests read; shared with visible-text.ts. */
export interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
}

/** Every element of the document in document order, template contents included. */
export function elements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: P5Node) => {
    if (node.tagName) {
      found.push({
        tag: node.tagName,
        attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])),
        text: (node.childNodes ?? [])
          .filter((c) => c.nodeName === '#text')
          .map((c) => c.value ?? '')
          .join(''),
      });
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as P5Node);
  return found;
}
