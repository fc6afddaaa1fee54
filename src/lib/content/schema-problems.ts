/**
 * Turns what the schema rejects into problems: the field, its line, what the
 * file holds there, and a fix. Type errors that come from YAML reading a value
 * as a number or a date, where the schema wants text, say to quote it.
 */
import type { z } from 'astro/zod';
import { LANGS } from '../languages';
import { displayPath, quote, type Problem } from './problem';
import { fieldKeys, fieldSchema, inlineShape } from './shape';
import { VOCABULARY, VOCABULARY_FILE, VOCABULARY_SETS } from './vocabulary';
import type { ParsedYaml } from './yaml';

type Issue = z.core.$ZodIssue;

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );

const kindOf = (value: unknown) =>
  value instanceof Date
    ? 'a date'
    : typeof value === 'number'
      ? 'a number'
      : typeof value === 'boolean'
        ? 'true/false'
        : undefined;

/** For a value outside a vocabulary set (an industry, a platform, a capability): how to add it to the vocabulary. */
function vocabularyHint(allowed: readonly string[], value: unknown): string {
  const set = VOCABULARY_SETS.find((name) => {
    const keys = Object.keys(VOCABULARY[name]);
    return keys.length === allowed.length && keys.every((key, i) => key === allowed[i]);
  });
  if (!set) return '';
  const key = typeof value === 'string' && value ? value : 'new-key';
  return ` A new one takes one line under ${set}: in ${displayPath(VOCABULARY_FILE)}, the key with its labels: ${key}: { ${LANGS.map((lang) => `${lang}: …`).join(', ')} }.`;
}

function fixFor(issue: Issue, value: unknown, raw: string | undefined, schema: z.ZodType): string {
  const name = String(issue.path.at(-1) ?? 'the value');
  if (issue.code === 'invalid_value') return issue.message + vocabularyHint(issue.values.map(String), value);
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && (value === undefined || value === null)) {
    const field = fieldSchema(schema, issue.path);
    const shape = field ? inlineShape(field) : '…';
    const write = shape === '…' ? '' : `, in this shape: ${name}: ${shape}`;
    return value === undefined ? `Add \`${name}\`; it is required here${write}.` : `Write \`${name}\`${write}.`;
  }
  if (issue.code === 'invalid_type') {
    const kind = kindOf(value);
    if (issue.expected === 'string' && kind) {
      return `YAML read ${raw ?? String(value)} as ${kind}; quote it: ${name}: '${raw ?? String(value)}'.`;
    }
    if (issue.expected === 'array') return `Write a list: ${name}: [A1, A2], or one "- item" per line.`;
    if (issue.expected === 'object') return `Write the fields of \`${name}\` indented beneath it.`;
    if (issue.expected === 'number' && typeof value === 'string')
      return `Write the number without quotes: ${name}: ${value}.`;
    return `Give ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`} here.`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return issue.message.startsWith('Too small') ? `List at least ${String(issue.minimum)} entries.` : issue.message;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return issue.message.startsWith('Too big') ? `List at most ${String(issue.maximum)} entries.` : issue.message;
  }
  if (issue.code === 'unrecognized_keys') {
    const allowed = fieldKeys(fieldSchema(schema, issue.path));
    return `Remove it or correct its spelling${allowed ? `; the keys allowed here are: ${allowed.join(', ')}` : ''}.${allowed ? vocabularyHint(allowed, issue.keys[0]) : ''}`;
  }
  return issue.message;
}

/** Problems for one file's schema result, each at the field's line. */
export function schemaProblems(
  schema: z.ZodType,
  issues: readonly Issue[],
  file: string,
  parsed: Pick<ParsedYaml, 'data' | 'lineOf' | 'sourceOf'>,
): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'invalid_union') {
      // A group of fields where a union also allows a plain value: report what the group itself lacks.
      const value = valueAt(parsed.data, issue.path);
      // The branch whose form the value took: its problems lie inside the value, not at its root.
      const branch = issue.errors.find(
        (list) => list.length > 0 && list.every((i) => i.path.length > 0 || i.code === 'unrecognized_keys'),
      );
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && branch) {
        return schemaProblems(
          schema,
          branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as Issue),
          file,
          parsed,
        );
      }
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: parsed.lineOf([...issue.path, key]),
        field: [...issue.path, key].join('.'),
        found: `an unknown key "${key}"`,
        fix: fixFor(issue, undefined, undefined, schema),
      }));
    }
    const value = valueAt(parsed.data, issue.path);
    const raw = parsed.sourceOf(issue.path);
    return [
      {
        file,
        line: parsed.lineOf(issue.path),
        field: issue.path.join('.') || undefined,
        found: issue.code === 'invalid_type' && value === undefined ? 'nothing' : quote(value),
        fix: fixFor(issue, value, raw, schema),
      },
    ];
  });
}
