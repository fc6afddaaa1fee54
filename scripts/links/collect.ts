/**
 * Every external link in the built site, with the pages that carry it. Reading
 * the build rather than the content files means the check sees exactly what a
 * reader can click, sources, the Istio-today page and all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

function* anchors(node: Node): Generator<string> {
  if (node.nodeName === 'a') {
    const href = node.attrs?.find((a) => a.name === 'href')?.value;
    if (href) yield href;
  }
  for (const child of node.childNodes ?? []) yield* anchors(child);
  if (node.content) yield* anchors(node.content);
}

/** External `http:`/`https:` addresses → the site paths of the pages that link to them. */
export function externalLinks(distDir: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  );
  for (const file of files.sort()) {
    const page = `/${file.replace(/index\.html$/, '')}`;
    const document = parse(readFileSync(join(distDir, file), 'utf8')) as unknown as Node;
    for (const href of new Set(anchors(document))) {
      if (!/^https?:\/\//i.test(href)) continue;
      const pages = links.get(href) ?? [];
      pages.push(page);
      links.set(href, pages);
    }
  }
  for (const pages of links.values()) pages.sort();
  return links;
}
