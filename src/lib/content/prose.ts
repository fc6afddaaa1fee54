/**
 * The Chinese spacing rule and the glossary, checked on the source: the text an
 * article, a page section or a fact shows, each breach named at its file and
 * line. The built-page tests (tests/e2e/han-spacing.test.ts and glossary.test.ts)
 * stay as the net for interface text and whatever pages compose at render time.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { GLOSSARY, glossaryFindings } from '../../data/glossary';
import { citationPattern } from '../citations';
import { LANGS, type Lang } from '../languages';
import type { Problem } from './problem';
import type { ParsedYaml } from './yaml';

/** Text gathered from a file, remembering the line each part starts on. */
export class SourceText {
  text = '';
  private readonly parts: { start: number; line: number | undefined }[] = [];
  add(value: string, line: number | undefined) {
    this.parts.push({ start: this.text.length, line });
    this.text += value;
  }
  /** Ends a block, so words of neighbouring blocks do not run together. */
  end() {
    if (!this.text.endsWith('\n')) this.add('\n', undefined);
  }
  lineAt(offset: number): number | undefined {
    let part = this.parts[0];
    for (const p of this.parts) {
      if (p.start > offset) break;
      part = p;
    }
    if (part?.line === undefined) return undefined;
    return part.line + (this.text.slice(part.start, offset).match(/\n/g)?.length ?? 0);
  }
}

/** Blocks whose text a reader sees as a line or paragraph of its own. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'definition']);
/** What readers see but the rules exempt: code as written, quotations as spoken. */
const EXEMPT = new Set([
  'code',
  'inlineCode',
  'blockquote',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

const langOf = (node: MdxJsxFlowElement | MdxJsxTextElement) =>
  node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')?.value;

/** The visible text of an MDX tree in the file's language; citation marks are navigation, not text. */
export function treeText(tree: Root, lang: Lang, into = new SourceText()): SourceText {
  const walk = (node: Nodes) => {
    if (EXEMPT.has(node.type)) return into.end();
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && langOf(node)) {
      const other = String(langOf(node)).toLowerCase();
      if (!other.startsWith(lang)) return into.end();
    }
    if (node.type === 'text') {
      // Blanked, not removed: the words either side stay apart and every later offset keeps its line.
      into.add(
        node.value.replace(citationPattern(), (m) => ' '.repeat(m.length)),
        node.position?.start.line,
      );
    } else if (node.type === 'image') {
      into.add(node.alt ?? '', node.position?.start.line);
      into.end();
    } else if ('children' in node) {
      (node.children as Nodes[]).forEach(walk);
    }
    if (BLOCKS.has(node.type)) into.end();
  };
  walk(tree);
  return into;
}

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

const HALF = ':;,?!()';
const fullWidth = (breach: string) =>
  breach.replace(/ /g, '').replace(/[:;,?!()]/g, (c) => '：；，？！（）'[HALF.indexOf(c)] ?? c);

/** Spacing rules per language, like the glossary's variants: Chinese puts a space between Han and Latin, none beside its punctuation. */
const SPACING: Partial<Record<Lang, { rule: RegExp; fix: (breach: string) => string }[]>> = {
  zh: [
    {
      rule: new RegExp(`[${HAN}][A-Za-z0-9]|[A-Za-z0-9][${HAN}]`, 'g'),
      fix: (b) => `Put a space between Han characters and Latin letters or digits: "${b.slice(0, 1)} ${b.slice(1)}".`,
    },
    {
      rule: new RegExp(`[${HAN}][:;,?!]`, 'g'),
      fix: (b) => `After Han characters write full-width punctuation: "${fullWidth(b)}".`,
    },
    {
      rule: new RegExp(`[${HAN}] ?[()]|[()] ?[${HAN}]`, 'g'),
      fix: (b) => `Beside Han characters write full-width brackets, with no space: "${fullWidth(b)}".`,
    },
  ],
};

/** The breach with a few characters either side, within its own block. */
const excerpt = (text: string, at: number, length: number) => {
  const start = Math.max(0, at - 8, text.lastIndexOf('\n', at) + 1);
  const end = text.indexOf('\n', at + length);
  return text
    .slice(start, Math.min(at + length + 8, end < 0 ? text.length : end))
    .replace(/\s+/g, ' ')
    .trim();
};

/**
 * Both rules of a text's language over it: its spacing rules, each matched as a lookahead so breaches that
 * share a character (的2个) are each found, and its glossary; `firstUse` is for a whole page's text.
 */
export function proseProblems(
  source: SourceText,
  file: string,
  lang: Lang,
  exempt: readonly string[],
  options: { firstUse: boolean; field?: string | undefined },
): Problem[] {
  const at = (index: number) => ({ file, line: source.lineAt(index), field: options.field });
  const spacing = (SPACING[lang] ?? []).flatMap(({ rule, fix }) =>
    [...source.text.matchAll(new RegExp(`(?=(${rule.source}))`, 'g'))].map((m) => {
      const breach = m[1] ?? '';
      return {
        ...at(m.index),
        found: `"${excerpt(source.text, m.index, breach.length)}", where "${breach}" breaks the spacing rule`,
        fix: fix(breach),
      };
    }),
  );
  const glossary = glossaryFindings(source.text, lang, exempt, options.firstUse).map((f) => ({
    ...at(f.index),
    found: `"${f.found}" (${f.term}), in "…${f.context.trim()}…"`,
    fix: `Write "${f.use}". ${GLOSSARY.find((t) => t.term === f.term)?.notes ?? ''}`.trim(),
  }));
  return [...spacing, ...glossary];
}

/** Every reader-facing string of parsed facts, in each language: the values of `{ zh, en }` pairs, with their path. */
function localizedStrings(
  data: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; lang: Lang; text: string }[] {
  if (data === null || typeof data !== 'object') return [];
  const entries = Object.entries(data);
  const pair =
    entries.length > 0 && entries.every(([k, v]) => (LANGS as readonly string[]).includes(k) && typeof v === 'string');
  if (pair) return entries.map(([lang, text]) => ({ path: [...path, lang], lang: lang as Lang, text: text as string }));
  return entries.flatMap(([k, v]) => localizedStrings(v, [...path, Array.isArray(data) ? Number(k) : k]));
}

/** Both rules over every `{ zh, en }` string of a facts file, each at its line and field. */
export function factsProseProblems(
  parsed: Pick<ParsedYaml, 'data' | 'lineOf'>,
  file: string,
  exempt: readonly string[],
): Problem[] {
  return localizedStrings(parsed.data).flatMap(({ path, lang, text }) => {
    const source = new SourceText();
    source.add(text, parsed.lineOf(path));
    return proseProblems(source, file, lang, exempt, { firstUse: false, field: path.join('.') });
  });
}
