/**
 * YAML read once, by one parser (the `yaml` package), for the data and for the
 * lines of messages alike: the document a file parses into gives both, so the
 * data the collections store is the very data the gate judged. Unquoted dates
 * become dates, as YAML 1.1 reads them, so the gate can say to quote them.
 */
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
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

/** Parse YAML; syntax errors become problems at their line, with `lineOffset` added (for front matter). */
export function parseYaml(text: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, customTags: ['timestamp'], merge: true, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
  const syntax = (line: number, message: string, fix: string): Problem => ({
    file,
    line,
    found: `invalid YAML: ${message.split('\n')[0]}`,
    fix,
  });
  if (doc.errors.length) {
    return { problems: doc.errors.map((e) => syntax(lineAt(e.pos[0]), e.message, SYNTAX_FIX[e.code] ?? GENERAL_FIX)) };
  }
  let data: unknown;
  try {
    // An empty document is null.
    data = doc.toJS() ?? null;
  } catch (error) {
    // Too many aliases (a "billion laughs" file), or an alias to nothing.
    return { problems: [syntax(1 + lineOffset, String((error as Error).message), GENERAL_FIX)] };
  }
  /** The line of the key that holds the field at `path`, when its parent is a map. */
  const keyLine = (path: readonly PropertyKey[]) => {
    const parent = path.length ? doc.getIn(path.slice(0, -1) as unknown[], true) : undefined;
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path.at(-1));
    return pair && isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : undefined;
  };
  return {
    parsed: {
      data,
      // A field's line is where its key is; a missing field's, where the nearest field that holds it is
      // (none for a missing top-level field: the top of the file is not where it goes).
      lineOf: (path) => {
        for (let n = path.length; n >= (path.length ? 1 : 0); n--) {
          const node = doc.getIn(path.slice(0, n) as unknown[], true);
          if (isNode(node) && node.range) return keyLine(path.slice(0, n)) ?? lineAt(node.range[0]);
        }
        return undefined;
      },
      sourceOf: (path) => {
        const node = doc.getIn(path as unknown[], true);
        return isScalar(node) ? (node.source ?? String(node.value)) : undefined;
      },
    },
    problems: [],
  };
}
