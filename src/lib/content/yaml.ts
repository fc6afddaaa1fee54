/**
 * YAML read the way Astro's loaders read it (unquoted dates become dates), kept
 * as a document so a field's line can be named in a message.
 */
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

/** Parse YAML; syntax errors become problems at their line, with `lineOffset` added. */
export function parseYaml(text: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; problems: Problem[] } {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, {
    lineCounter: counter,
    customTags: ['timestamp'],
    merge: true,
    uniqueKeys: true,
  });
  const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        found: `invalid YAML: ${error.message.split('\n')[0]}`,
        fix:
          SYNTAX_FIX[error.code] ??
          'Fix the YAML at this line; put quotes around text that starts with a special character or contains ": ".',
      })),
    };
  }
  const nodeAt = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return { node, exact: n === path.length };
    }
    return undefined;
  };
  return {
    parsed: {
      data: doc.toJS(),
      lineOf: (path) => {
        const found = nodeAt(path);
        if (!found) return undefined;
        // A field's own line is where its key is: find the key in the parent map.
        const parent = path.length ? doc.getIn(path.slice(0, -1) as unknown[], true) : undefined;
        if (found.exact && isMap(parent)) {
          const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path.at(-1));
          if (pair && isScalar(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
        }
        return lineAt(found.node.range?.[0] ?? 0);
      },
      sourceOf: (path) => {
        const node = doc.getIn(path as unknown[], true);
        return isScalar(node) ? (node.source ?? String(node.value)) : undefined;
      },
    },
    problems: [],
  };
}
