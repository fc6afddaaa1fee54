/**
 * Writes plain data as block-style YAML, the way the hand-written case files
 * look. Strings are double-quoted with JSON escaping (valid YAML), so dates
 * such as '2018' stay strings and no value can be misread as another type.
 */
type Scalar = string | number | boolean;
export type YamlValue = Scalar | YamlValue[] | { [key: string]: YamlValue | undefined };

const scalar = (value: Scalar) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

const isScalar = (value: YamlValue): value is Scalar => typeof value !== 'object';

/** Source-key lists read best inline: `sources: [T1, T2]` (keys never need quoting). */
const inlineList = (list: YamlValue[]) =>
  list.every((v) => typeof v === 'string' && /^[A-Z]+\d+$/.test(v)) ? `[${list.join(', ')}]` : undefined;

function emit(value: YamlValue, indent: string): string[] {
  if (isScalar(value)) return [`${indent}${scalar(value)}`];
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (isScalar(item)) return [`${indent}- ${scalar(item)}`];
      const [first = '', ...rest] = emit(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  return Object.entries(value).flatMap(([key, v]) => {
    if (v === undefined) return [];
    if (isScalar(v)) return [`${indent}${key}: ${scalar(v)}`];
    if (Array.isArray(v)) {
      const inline = v.length === 0 ? '[]' : inlineList(v);
      return inline ? [`${indent}${key}: ${inline}`] : [`${indent}${key}:`, ...emit(v, `${indent}  `)];
    }
    return [`${indent}${key}:`, ...emit(v, `${indent}  `)];
  });
}

export function toYaml(value: YamlValue, header?: string): string {
  return [...(header ? [`# ${header}`] : []), ...emit(value, ''), ''].join('\n');
}
