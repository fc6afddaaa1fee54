/**
 * Bad input stops a real build with a message that names the file, the field and
 * the fix. Each case copies the real content to a temporary folder, breaks one
 * thing, and builds from there, so the repository's content is never touched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build';

const work = mkdtempSync(join(tmpdir(), 'ipc-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface BadInput {
  name: string;
  /** Break the copied content folder. */
  breakIt: (dir: string) => void;
  /** Every one of these must appear in the build output. */
  says: (string | RegExp)[];
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, changed);
};

const CATALOGUE: BadInput[] = [
  {
    name: 'a malformed case study (fixture) with a value outside an enum',
    breakIt: (dir) => cpSync('tests/fixtures/bad-content/malformed-case.yaml', join(dir, 'cases/malformed-case.yaml')),
    says: ['malformed-case.yaml', 'industry', 'industry must be one of: real-estate'],
  },
  {
    name: 'a missing required field',
    breakIt: (dir) => edit(join(dir, 'cases/namely.yaml'), /^asOf:.*$/m, ''),
    says: ['namely.yaml', 'asOf', 'YYYY-MM-DD'],
  },
  {
    name: 'a malformed date',
    breakIt: (dir) => edit(join(dir, 'cases/trulia.yaml'), "date: '2020-03-05'", "date: '5 March 2020'"),
    says: ['trulia.yaml', /sinceThen\.\d+\.date/, 'YYYY, YYYY-MM or YYYY-MM-DD'],
  },
  {
    name: 'a capability citing a source the case does not list',
    breakIt: (dir) => edit(join(dir, 'cases/trulia.yaml'), 'sources: [T2]', 'sources: [Z9]'),
    says: ['trulia.yaml', /capabilities\.[a-z-]+\.sources\.0/, 'Source key Z9 is not in this case'],
  },
  {
    name: 'a case missing its English article',
    breakIt: (dir) => rmSync(join(dir, 'articles/en/pubnub.mdx')),
    says: ['Case "pubnub"', 'articles/en/pubnub.mdx', 'Every case needs an article in each language'],
  },
  {
    name: 'an article citing a key its case does not list',
    breakIt: (dir) =>
      edit(join(dir, 'articles/zh/namely.mdx'), /\n## 背景\n/, '\n## 背景\n\n这句话引用了一个不存在的来源 [Q7]。\n'),
    says: ['articles/zh/namely.mdx', 'Citation [Q7]', 'Add a source with key Q7'],
  },
  {
    name: 'a broken internal link in an article',
    breakIt: (dir) =>
      edit(
        join(dir, 'articles/en/namely.mdx'),
        /\n## Background\n/,
        '\n## Background\n\nSee [a case](/cases/no-such-case/).\n',
      ),
    says: ['articles/en/namely.mdx', 'Broken internal link "/cases/no-such-case/"', 'language-neutral path'],
  },
  {
    name: 'a source key listed twice',
    breakIt: (dir) => edit(join(dir, 'cases/pubnub.yaml'), /- key: P2\b/, '- key: P1'),
    says: ['pubnub.yaml', /sources\.\d+\.key/, 'Source key P1 is listed twice'],
  },
  {
    name: 'an HTML comment in an article',
    breakIt: (dir) =>
      edit(join(dir, 'articles/en/namely.mdx'), /\n## Background\n/, '\n## Background\n\n<!-- draft -->\n'),
    says: ['articles/en/namely.mdx', /comment/i],
  },
  {
    name: 'an image without alternative text',
    breakIt: (dir) =>
      edit(join(dir, 'articles/en/namely.mdx'), /\n## Background\n/, '\n## Background\n\n![](/favicon.svg)\n'),
    says: ['articles/en/namely.mdx', 'has no alternative text', 'Write what it shows'],
  },
  {
    name: 'a duplicate slug differing only in case',
    breakIt: (dir) => cpSync(join(dir, 'cases/trulia.yaml'), join(dir, 'cases/Trulia.yaml')),
    says: ['cases/Trulia.yaml', 'not a valid slug', 'duplicates the slug of'],
  },
  {
    name: 'a facts file with the wrong extension',
    breakIt: (dir) => cpSync(join(dir, 'cases/trulia.yaml'), join(dir, 'cases/extra.yml')),
    says: ['cases/extra.yml: not read', 'rename or remove this file'],
  },
  {
    name: 'an empty article body',
    breakIt: (dir) => {
      const file = join(dir, 'articles/en/trulia.mdx');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.slice(0, text.indexOf('---', 4) + 4));
    },
    says: ['articles/en/trulia.mdx', 'the article body is empty'],
  },
];

describe('bad content fails the build and says where and how to fix it', () => {
  it.each(CATALOGUE)('$name', ({ breakIt, says }) => {
    const dir = mkdtempSync(join(work, 'content-'));
    cpSync('src/content', dir, { recursive: true });
    breakIt(dir);
    const result = runBuild({ CONTENT_DIR: dir, OUT_DIR: join(dir, '.dist'), ASTRO_CACHE_DIR: join(dir, '.cache') });
    expect(result.status, result.output).not.toBe(0);
    for (const needle of says) {
      if (typeof needle === 'string') expect(result.output).toContain(needle);
      else expect(result.output).toMatch(needle);
    }
  });
});
