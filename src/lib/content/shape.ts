/**
 * The shape a schema asks for, read from the schema itself, so messages and the
 * new-case scaffold follow every field the schema gains: as one line of YAML
 * for a message ("write it like this"), or as a block of YAML with the allowed
 * values as comments, for a file an author fills in.
 */
import type { z } from 'astro/zod';

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The schema under optional, default, pipe and nullable wrappers, and whether a value may be left out. */
function unwrap(schema: unknown): { schema: unknown; optional: boolean; fallback?: unknown } {
  let node = schema;
  let optional = false;
  let fallback: unknown;
  for (;;) {
    const def = defOf(node);
    if (def.type === 'optional') optional = true;
    else if (def.type === 'default')
      fallback =
        typeof def['defaultValue'] === 'function' ? (def['defaultValue'] as () => unknown)() : def['defaultValue'];
    else if (def.type !== 'pipe' && def.type !== 'nullable' && def.type !== 'readonly') break;
    node = def.type === 'pipe' ? def['in'] : def['innerType'];
  }
  return {
    schema: node,
    optional: optional || fallback !== undefined,
    ...(fallback !== undefined ? { fallback } : {}),
  };
}

const valuesOf = (def: Def): string[] =>
  def.type === 'enum'
    ? Object.values(def['entries'] as Record<string, string>)
    : ((def['values'] as unknown[]) ?? []).map(String);

/** The schema of the field at `path`, through objects and lists. */
export function fieldSchema(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  let node: unknown = schema;
  for (const key of path) {
    const def = defOf(unwrap(node).schema);
    if (def.type === 'object') node = (def['shape'] as Record<string, unknown>)[String(key)];
    else if (def.type === 'array') node = def['element'];
    else if (def.type === 'union')
      node = (def['options'] as unknown[]).map((o) => defOf(unwrap(o).schema)).find((d) => d.type === 'object')?.[
        'shape'
      ]?.[String(key) as never];
    else return undefined;
    if (!node) return undefined;
  }
  return node;
}

/** The fields an object schema (or the object a union allows) has, so messages list new fields without edits. */
export function fieldKeys(schema: unknown): string[] | undefined {
  if (!schema) return undefined;
  const def = defOf(unwrap(schema).schema);
  if (def.type === 'object') return Object.keys(def['shape'] as object);
  if (def.type === 'union') return (def['options'] as unknown[]).map(fieldKeys).find(Boolean);
  return undefined;
}

/** The values an enum or a literal allows, or undefined for other schemas. */
function allowedValues(schema: unknown): string[] | undefined {
  const def = defOf(unwrap(schema).schema);
  return def.type === 'enum' || def.type === 'literal' ? valuesOf(def) : undefined;
}

/** One line of YAML showing what a field takes: `{ text: { zh: …, en: … }, sources: [ … ] }`. */
export function inlineShape(schema: unknown): string {
  const def = defOf(unwrap(schema).schema);
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def['shape'] as Record<string, unknown>).filter(([, s]) => !unwrap(s).optional);
      return `{ ${fields.map(([name, s]) => `${name}: ${inlineShape(s)}`).join(', ')} }`;
    }
    case 'array':
      return `[${inlineShape(def['element'])}]`;
    case 'union':
      return (def['options'] as unknown[]).map(inlineShape).join(' or ');
    case 'enum':
    case 'literal':
      return valuesOf(def).join(' | ');
    case 'number':
      return '0';
    case 'boolean':
      return 'true | false';
    default:
      return '…';
  }
}

/**
 * A block of YAML with every field of an object schema: what the author must
 * write is left empty ('' or nothing), so the content check asks for it;
 * defaults are written out; optional fields are commented out; enums list
 * their values in a comment.
 */
export function yamlSkeleton(schema: unknown, indent = ''): string[] {
  const def = defOf(unwrap(schema).schema);
  if (def.type !== 'object') return [];
  return Object.entries(def['shape'] as Record<string, unknown>).flatMap(([name, field]) => {
    const { schema: inner, optional, fallback } = unwrap(field);
    const d = defOf(inner);
    if (optional && fallback === undefined) return [`${indent}# ${name}: ${inlineShape(inner)}   (optional)`];
    const values = allowedValues(inner);
    if (values)
      return [`${indent}${name}:${fallback === undefined ? '' : ` ${String(fallback)}`}   # ${values.join(' | ')}`];
    if (d.type === 'object') return [`${indent}${name}:`, ...yamlSkeleton(inner, `${indent}  `)];
    if (d.type === 'array') {
      const min = Number(
        (d['checks'] as { _zod: { def: { minimum?: number } } }[] | undefined)?.find(
          (c) => c._zod.def.minimum !== undefined,
        )?._zod.def.minimum ?? 0,
      );
      if (min === 0) return [`${indent}${name}: []   # a list of ${inlineShape(d['element'])}`];
      const item = yamlSkeleton(d['element'], `${indent}    `);
      if (!item.length) return [`${indent}${name}: ['']`];
      return [`${indent}${name}:`, `${indent}  - ${item[0]?.trimStart() ?? ''}`, ...item.slice(1)];
    }
    if (d.type === 'union') return [`${indent}${name}:   # ${inlineShape(inner)}`];
    return [`${indent}${name}: ${d.type === 'string' ? "''" : ''}`.trimEnd()];
  });
}
