/**
 * YAML read the way Astro's loaders read it: by the same parser, js-yaml, so the
 * gate judges the very data the site will load (unquoted dates become dates).
 * Messages need more than js-yaml gives: the line of a field, every syntax
 * error with a fix. For those the text is read again as a document by the
 * `yaml` package, only when a message needs it, since most files have none and
 * the document costs several times the plain read.
 */
import { load } from 'js-yaml';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem';

export interface ParsedYaml {
  data: unknown;
  /** The 1-based line of a field, or of the nearest enclosing field that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The field's text as written, for a "quote it" fix. */
  sourceOf: (path: readonly PropertyKey[]) => string | undefined;
}

const SYNTAX_FIX: Record<string, string> = {
  DUPLICATE_KEY: 'Keep one of the two entries with this key and delete the other.',
  BAD_INDENT: 'Indent the fields of one group by the same number of spaces (two per level).',
  MULTILINE_IMPLICIT_KEY: 'Put quotes around text that contains a colon followed by a space.',
};

const GENERAL_FIX =
  'Fix the YAML at this line; put quotes around text that starts with a special character or contains ": ".';

/** The text as a document, with its lines counted, for messages. */
function documentOf(text: string) {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, {
    lineCounter: counter,
    customTags: ['timestamp'],
    merge: true,
    uniqueKeys: true,
  });
  return { doc, counter };
}

/** Parse YAML; syntax errors become problems at their line, with `lineOffset` added. */
export function parseYaml(text: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; problems: Problem[] } {
  let data: unknown;
  try {
    // An empty document is null, as the `yaml` package reads it (js-yaml says undefined).
    data = load(text) ?? null;
  } catch (error) {
    // Every syntax error, each with its fix, from the document; js-yaml's own message if that finds none.
    const { doc, counter } = documentOf(text);
    const mark = (error as { mark?: { line?: number } }).mark;
    const problems: Problem[] = doc.errors.length
      ? doc.errors.map((e) => ({
          file,
          line: counter.linePos(e.pos[0]).line + lineOffset,
          found: `invalid YAML: ${e.message.split('\n')[0]}`,
          fix: SYNTAX_FIX[e.code] ?? GENERAL_FIX,
        }))
      : [
          {
            file,
            line: (mark?.line ?? 0) + 1 + lineOffset,
            found: `invalid YAML: ${String((error as Error).message).split('\n')[0]}`,
            fix: GENERAL_FIX,
          },
        ];
    return { problems };
  }
  let read: ReturnType<typeof documentOf> | undefined;
  const lazy = () => (read ??= documentOf(text));
  const lineAt = (offset: number) => lazy().counter.linePos(offset).line + lineOffset;
  const nodeAt = (path: readonly PropertyKey[]) => {
    const { doc } = lazy();
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return { node, exact: n === path.length };
    }
    return undefined;
  };
  return {
    parsed: {
      data,
      lineOf: (path) => {
        const found = nodeAt(path);
        if (!found) return undefined;
        // A field's own line is where its key is: find the key in the parent map.
        const parent = path.length ? lazy().doc.getIn(path.slice(0, -1) as unknown[], true) : undefined;
        if (found.exact && isMap(parent)) {
          const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path.at(-1));
          if (pair && isScalar(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
        }
        return lineAt(found.node.range?.[0] ?? 0);
      },
      sourceOf: (path) => {
        const node = lazy().doc.getIn(path as unknown[], true);
        return isScalar(node) ? (node.source ?? String(node.value)) : undefined;
      },
    },
    problems: [],
  };
}
