/**
 * One shape for every content problem, whichever check finds it: the file, the
 * field or line, what was found there, and how to fix it.
 */
import { relative, resolve, sep } from 'node:path';

/** A path as messages show it: relative to the repository when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') ? resolve(path) : rel.split(sep).join('/');
}
export interface Problem {
  /** Path of the file, relative to the repository when it lies inside it. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** The field (`sources.2.url`), front-matter key or article section concerned. */
  field?: string | undefined;
  /** What the file holds there, in a few words or a short quotation. */
  found: string;
  /** What to do about it, as an instruction. */
  fix: string;
}

/** A value quoted for a message: strings in quotes, long ones cut, with their length. */
export function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}, unquoted`;
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    return flat.length > 60 ? `"${flat.slice(0, 50)}…" (${value.length} characters)` : `"${flat}"`;
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** `file:line (field)`, the head line of a problem. */
export const locate = (p: Pick<Problem, 'file' | 'line' | 'field'>) =>
  `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` (${p.field})` : ''}`;

/** One problem as three lines: where, what was found, the fix. */
const formatProblem = (p: Problem) => `✗ ${locate(p)}\n    found: ${p.found}\n    fix:   ${p.fix}`;

/** Every problem, sorted by file and line, under a count. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
  const count = problems.length === 1 ? 'one problem' : `${problems.length} problems`;
  return `Content check found ${count}:\n\n${sorted.map(formatProblem).join('\n\n')}\n`;
}

/**
 * Thrown when content has problems. Its message is short on purpose: the list is
 * printed before it, because Astro adds an unrelated hint about browser APIs to
 * any error whose text mentions "document" or "window", as a level name would.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(
      problems.length === 1
        ? 'One content problem stops the build; it is listed above with its fix.'
        : `${problems.length} content problems stop the build; each is listed above with its fix.`,
    );
    this.problems = problems;
  }
}
