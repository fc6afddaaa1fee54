/**
 * The fragments (`#id`) of the pages an article may link to, so a link to a
 * section that does not exist fails in the content check, not in a reader's
 * browser. A page's ids are its articles' headings, as Astro gives them ids
 * (github-slugger over each heading's text, in document order), and the ids the
 * page's own components render. tests/e2e/fragments.test.ts checks every id
 * listed here against the built pages, so a component that renames one fails there.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { sourceAnchor } from '../citations';
import { CAPABILITIES, ISTIO_TODAY_SECTIONS } from '../vocabulary';
import { textOf } from './mdx-dialect';

/** The ids Astro gives the headings of one MDX file. */
export function headingIds(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading') ids.push(slugger.slug(textOf(node)));
    else if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  return ids;
}

/** Fields of the facts that decide which sections a case page shows; the facts may not have passed the schema. */
interface CaseFactsShape {
  sources?: { key?: unknown }[];
  architecture?: unknown;
  caveats?: unknown[];
  corrections?: unknown[];
}

const listOf = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

/** The ids a case page renders besides its article's headings (src/pages/[...lang]/cases/_components/). */
export function casePageIds(facts: unknown): string[] {
  const data = (facts ?? {}) as CaseFactsShape;
  return [
    'facts-heading',
    ...(data.architecture ? ['diagram-heading'] : []),
    'capabilities-heading',
    ...CAPABILITIES.map((capability) => `cap-${capability}`),
    'since-heading',
    ...(listOf(data.caveats).length ? ['caveats-heading'] : []),
    ...(listOf(data.corrections).length ? ['corrections-heading'] : []),
    'sources-heading',
    ...listOf(data.sources).map((s) => sourceAnchor(String(s?.key))),
  ];
}

/** The ids the Istio-today page renders besides its sections' headings: each section, its heading, each source. */
export function istioTodayPageIds(sourceKeys: Iterable<string>, releaseAnchors: readonly string[]): string[] {
  return [
    'contents-heading',
    ...ISTIO_TODAY_SECTIONS.flatMap((section) => [section, `${section}-heading`]),
    ...releaseAnchors,
    'sources-heading',
    ...[...sourceKeys].map(sourceAnchor),
  ];
}
