/**
 * A small content folder for the gate's tests: one real case's facts and front
 * matter, copied to a temporary folder, so the fixture follows the schema as the
 * real content does; the article bodies are short (the required sections, one
 * citation each), so each check takes milliseconds. Each hostile input breaks
 * one thing in its own copy.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import {
  articleSchema,
  caseSchema,
  istioTodaySectionSchema,
  istioTodaySourcesSchema,
  istioReleasesSchema,
} from '../../../src/content.config';
import { checkContent } from '../../../src/lib/content/check';
import { REQUIRED_HEADINGS } from '../../../src/lib/content/headings';
import { locate, type Problem } from '../../../src/lib/content/problem';

const REAL = 'src/content';
/** The case the fixture copies: the first in alphabetical order. */
/** The first full case: the fixture writes a full case's headings, which a brief (kind: brief) must not have. */
export const SLUG = (
  readdirSync(`${REAL}/cases`)
    .sort()
    .find((file) => !/^kind:\s*brief\s*$/m.test(readFileSync(`${REAL}/cases/${file}`, 'utf8'))) ?? ''
).replace(/\.yaml$/, '');

export interface Fixture {
  dir: string;
  /** The first source key of the case, which the articles cite. */
  key: string;
  /** Path of a file inside the fixture. */
  path: (rel: string) => string;
  read: (rel: string) => string;
  write: (rel: string, text: string | Buffer) => void;
  /** Replace text in a file; fails the test when the text is not there, so no edit passes silently. */
  edit: (rel: string, from: string | RegExp, to: string | ((match: string) => string)) => void;
  /** Change the facts as data (the YAML is rewritten, so assert `line: true`, not a number). */
  setFacts: (change: (doc: Document) => void) => void;
  /** Append a paragraph to the end of an article. */
  append: (lang: 'zh' | 'en', text: string) => void;
  problems: () => Problem[];
  remove: () => void;
}

export const FACTS = `cases/${SLUG}.yaml`;
export const ARTICLE = (lang: 'zh' | 'en') => `articles/${lang}/${SLUG}.mdx`;

export function fixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'ipc-gate-'));
  mkdirSync(join(dir, 'cases'));
  cpSync(join(REAL, FACTS), join(dir, FACTS));
  const key = /^\s+- key: (\S+)/m.exec(readFileSync(join(REAL, FACTS), 'utf8'))?.[1] ?? 'T1';
  for (const lang of ['zh', 'en'] as const) {
    const real = readFileSync(join(REAL, ARTICLE(lang)), 'utf8');
    const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(real)?.[0] ?? '';
    const body = REQUIRED_HEADINGS.full[lang].map((h) => `## ${h}\n\nText [${key}].\n`).join('\n');
    mkdirSync(join(dir, 'articles', lang), { recursive: true });
    writeFileSync(join(dir, ARTICLE(lang)), `${frontmatter}\n${body}`);
  }
  const path = (rel: string) => join(dir, rel);
  const read = (rel: string) => readFileSync(path(rel), 'utf8');
  const write = (rel: string, text: string | Buffer) => {
    mkdirSync(join(path(rel), '..'), { recursive: true });
    writeFileSync(path(rel), text);
  };
  return {
    dir,
    key,
    path,
    read,
    write,
    edit: (rel, from, to) => {
      const text = read(rel);
      const changed = typeof to === 'string' ? text.replace(from, to) : text.replace(from, to);
      if (changed === text) throw new Error(`fixture edit did not apply to ${rel}: ${String(from)}`);
      write(rel, changed);
    },
    setFacts: (change) => {
      const doc = parseDocument(read(FACTS));
      change(doc);
      write(FACTS, doc.toString());
    },
    append: (lang, text) => write(ARTICLE(lang), `${read(ARTICLE(lang)).trimEnd()}\n\n${text}\n`),
    problems: () =>
      checkContent(
        { caseSchema, articleSchema, istioTodaySectionSchema, istioTodaySourcesSchema, istioReleasesSchema },
        dir,
      ).problems,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Expected {
  /** The file, relative to the fixture folder. */
  file: string;
  /** The field, or `true` for "some line number". At least one of field and line is asserted unless `whole` is set. */
  field?: string | RegExp;
  line?: number | true;
  /** The problem is about the whole file (raw-file problems); no field or line. */
  whole?: true;
  found: string | RegExp;
  fix: string | RegExp;
}

const matches = (value: string | undefined, want: string | RegExp) =>
  value !== undefined && (typeof want === 'string' ? value.includes(want) : want.test(value));

/** Assert that exactly the expected problems were reported (in any order), each with file, place, finding and fix. */
export function expectProblems(f: Fixture, ...expected: Expected[]) {
  const problems = f.problems();
  const shown = problems.map((p) => `${locate(p)} | ${p.found} | ${p.fix}`).join('\n');
  for (const want of expected) {
    const hit = problems.find(
      (p) =>
        p.file.endsWith(want.file) &&
        (want.field === undefined || matches(p.field, want.field)) &&
        (want.line === undefined || (want.line === true ? typeof p.line === 'number' : p.line === want.line)) &&
        matches(p.found, want.found) &&
        matches(p.fix, want.fix),
    );
    expect(
      hit,
      `no problem matching ${JSON.stringify(want, (_, v: unknown) => (v instanceof RegExp ? String(v) : v))} among:\n${shown}`,
    ).toBeDefined();
    if (want.whole) continue;
    expect(
      hit?.field !== undefined || hit?.line !== undefined,
      `the problem names neither field nor line:\n${shown}`,
    ).toBe(true);
  }
  expect(problems, `unexpected extra problems:\n${shown}`).toHaveLength(expected.length);
}
