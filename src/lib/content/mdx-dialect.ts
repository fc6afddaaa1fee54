/**
 * The gated MDX dialect: Markdown, GFM and the site's own components, nothing
 * that runs. Checked on the MDX syntax tree before anything is evaluated, so
 * `{process.env.HOME}` or an `import` from `node:fs` never reach the build's
 * JavaScript; JSX `<a>` and `<img>` meet the same link and alt rules as Markdown.
 */
import type { Root, RootContent, Nodes } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { citationPattern } from '../citations';
import { checkLink, type LinkTargets, type LinkVerdict } from './links';
import type { Problem } from './problem';

/** Components the case page passes to articles; none yet. Add a name here when the page provides one. */
const ARTICLE_COMPONENTS: readonly string[] = [];

/** The only HTML elements an article may write as JSX, each with the attributes it may carry. */
const ARTICLE_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title', 'id', 'lang', 'hreflang'],
  img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
};

const FORBIDDEN_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'Delete it: articles run no scripts.',
  style: 'Delete it: styles belong in the site stylesheet, not in an article.',
  iframe: 'Delete it and link to the page instead: [title](https://…).',
  object: 'Delete it and link to the file instead: [title](https://…).',
  embed: 'Delete it and link to the file instead: [title](https://…).',
};

export interface TreeContext {
  /** Path shown in messages. */
  file: string;
  /** The pages and fragments internal links may point at. */
  links: LinkTargets;
  /** Keys the case's facts list; undefined for pages without sources (about). */
  sourceKeys?: ReadonlySet<string> | undefined;
  /** Where to add a source, for the fix text. */
  factsFile?: string | undefined;
  /** The second-level headings the article must have, in order. */
  headings?: readonly string[] | undefined;
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line;

/** Plain text of a node, for headings. */
export const textOf = (node: Nodes): string =>
  'value' in node &&
  typeof node.value === 'string' &&
  node.type !== 'mdxTextExpression' &&
  node.type !== 'mdxFlowExpression'
    ? node.value
    : 'children' in node
      ? (node.children as Nodes[]).map(textOf).join('')
      : '';

const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? `${flat.slice(0, 47)}…` : flat;
};

function jsxProblems(node: MdxJsxFlowElement | MdxJsxTextElement, ctx: TreeContext): Problem[] {
  const at = { file: ctx.file, line: lineOf(node) };
  const name = node.name ?? '';
  if (!name) return [{ ...at, found: 'a JSX fragment <>…</>', fix: 'Delete the <> and </>; write Markdown.' }];
  if (ARTICLE_COMPONENTS.includes(name)) return [];
  const forbidden = FORBIDDEN_ELEMENTS[name.toLowerCase()];
  if (forbidden) return [{ ...at, found: `an element <${name}>`, fix: forbidden }];
  const allowed = ARTICLE_ELEMENTS[name];
  if (!allowed) {
    return [
      {
        ...at,
        found: `an element <${name}>`,
        fix: `Write Markdown instead (headings, lists, **bold**, [links](https://…), ![images](/…)); the only elements allowed are <a>, <img>${ARTICLE_COMPONENTS.length ? ` and ${ARTICLE_COMPONENTS.join(', ')}` : ''}.`,
      },
    ];
  }
  const problems: Problem[] = [];
  const values = new Map<string, string | null>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        ...at,
        found: `a spread attribute {${snippet(attribute.value)}} on <${name}>`,
        fix: 'Write each attribute as name="value".',
      });
      continue;
    }
    const attr = attribute.name;
    if (/^on/i.test(attr)) {
      problems.push({
        ...at,
        found: `an event handler ${attr} on <${name}>`,
        fix: 'Delete it: articles run no scripts.',
      });
      continue;
    }
    if (!allowed.includes(attr)) {
      problems.push({
        ...at,
        found: `the attribute ${attr} on <${name}>`,
        fix: `Delete it; <${name}> may carry only: ${allowed.join(', ')}.`,
      });
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({
        ...at,
        found: `an expression ${attr}={${snippet(attribute.value.value)}} on <${name}>`,
        fix: `Write the value in quotes: ${attr}="…".`,
      });
      continue;
    }
    values.set(attr, attribute.value ?? null);
  }
  const url = values.get(name === 'a' ? 'href' : 'src');
  if (typeof url === 'string') {
    const verdict = checkLink(url, name === 'a' ? 'link' : 'image', ctx.links);
    if (verdict) problems.push({ ...at, ...verdict });
  } else if (name === 'img') {
    problems.push({
      ...at,
      found: 'an <img> without src',
      fix: 'Give the image a src: a site path such as /images/diagram.svg.',
    });
  }
  if (name === 'img') {
    const alt = values.get('alt');
    if (typeof alt !== 'string' || !alt.trim()) {
      problems.push({
        ...at,
        found: 'an image without alternative text',
        fix: 'Add alt="…" saying what the image shows.',
      });
    }
  }
  return problems;
}

/** Every problem in one article's MDX tree, in document order. */
export function checkTree(tree: Root, ctx: TreeContext): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Nodes) => ({ file: ctx.file, line: lineOf(node) });
  const link = (node: Nodes, url: string, kind: 'link' | 'image') => {
    const verdict: LinkVerdict | undefined = checkLink(url, kind, ctx.links);
    if (verdict) problems.push({ ...at(node), ...verdict });
  };
  const definitions = new Map<string, string>();
  const walk = (node: Nodes, insideLink: boolean) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node)
      (node.children as Nodes[]).forEach((child) =>
        walk(child, insideLink || node.type === 'link' || node.type === 'linkReference'),
      );
  };
  walk(tree, false);

  const visit = (node: Nodes, insideLink: boolean) => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          ...at(node),
          found: `code: ${snippet(node.value)}`,
          fix: 'Delete it: articles cannot import or export code. Write Markdown; a component the site provides needs no import.',
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          ...at(node),
          found: `an expression {${snippet(node.value)}}`,
          fix: 'Write the text itself; to show a brace, escape it as \\{.',
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...jsxProblems(node, ctx));
        break;
      case 'link':
        link(node, node.url, 'link');
        break;
      case 'linkReference': {
        const url = definitions.get(node.identifier);
        if (url !== undefined) link(node, url, 'link');
        break;
      }
      case 'definition':
        // A definition is read by the links and images that use it; an unused one may still not hold a script.
        if ((/^[a-z][a-z0-9+.-]*:/i.test(node.url) && !/^https?:/i.test(node.url)) || node.url.startsWith('//'))
          link(node, node.url, 'image');
        break;
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
        if (url !== undefined) link(node, url, 'image');
        if (!node.alt?.trim()) {
          problems.push({
            ...at(node),
            found: 'an image without alternative text',
            fix: 'Write what it shows between the brackets: ![a diagram of …](/path).',
          });
        }
        break;
      }
      case 'text':
        if (ctx.sourceKeys && !insideLink) {
          for (const match of node.value.matchAll(citationPattern())) {
            for (const key of (match[1] ?? '').split(/\s*[,，]\s*/)) {
              if (!ctx.sourceKeys.has(key)) {
                problems.push({
                  ...at(node),
                  found: `a citation of [${key}], which is not among the case's sources`,
                  fix: `Add a source with key ${key} to ${ctx.factsFile ?? 'the facts file'}, or cite one of: ${[...ctx.sourceKeys].join(', ')}.`,
                });
              }
            }
          }
        }
        break;
      default:
        break;
    }
    if ('children' in node) {
      for (const child of node.children as RootContent[])
        visit(child, insideLink || node.type === 'link' || node.type === 'linkReference');
    }
  };
  visit(tree, false);

  if (ctx.headings) {
    const found = (tree.children as RootContent[]).filter((n) => n.type === 'heading' && n.depth === 2);
    const names = found.map((h) => textOf(h).trim());
    if (names.join('|') !== ctx.headings.join('|')) {
      const firstWrong = found.find((h, i) => textOf(h).trim() !== ctx.headings?.[i]);
      problems.push({
        file: ctx.file,
        line: firstWrong ? lineOf(firstWrong) : undefined,
        field: 'sections',
        found: names.length
          ? `the second-level headings ${names.map((n) => `"${n}"`).join(', ')}`
          : 'no second-level headings',
        fix: `Use exactly these, in this order: ${ctx.headings.map((h) => `## ${h}`).join(', ')}.`,
      });
    }
    const children = tree.children as RootContent[];
    for (const heading of found) {
      const next = children[children.indexOf(heading) + 1];
      if (next && !(next.type === 'heading' && next.depth <= 2)) continue;
      problems.push({
        file: ctx.file,
        line: lineOf(heading),
        field: `section "${textOf(heading).trim()}"`,
        found: 'an empty section',
        fix: 'Write the section under its heading, citing its sources.',
      });
    }
  }
  return problems;
}
