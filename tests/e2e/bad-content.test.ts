/**
 * The content gate is wired into the real build: one build per way of failing
 * (a raw file, the schema, the MDX tree, a link, an off-host image and a missing
 * fragment) stops with the file, the line
 * or field, and the fix; the build environment's real builds are in
 * build-env.test.ts. Every other hostile input is a
 * unit test of the gate (tests/unit/content-gate.test.ts), which takes
 * milliseconds instead of a build's seconds. Each build copies the real content
 * to a temporary folder and breaks one thing there.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build';

const work = mkdtempSync(join(tmpdir(), 'ipc-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, changed);
  return {};
};

interface BadBuild {
  name: string;
  /** Break the copied content folder (given its path); returns any environment the build gets. */
  breakIt: (dir: string) => Record<string, string>;
  /** Every one of these must appear in the build output. */
  says: (string | RegExp)[];
}

const CATALOGUE: BadBuild[] = [
  {
    name: 'a raw file: a symbolic link to a file outside the repository',
    breakIt: (dir) => {
      symlinkSync('/etc/hostname', join(dir, 'cases/host.yaml'));
      return {};
    },
    says: [
      /✗ \S+\/cases\/host\.yaml\n/,
      'found: a symbolic link to /etc/hostname, outside the repository',
      'fix:   Replace the link',
    ],
  },
  {
    name: 'the schema: a javascript: source URL',
    breakIt: (dir) => edit(join(dir, 'cases/trulia.yaml'), /url: https:\/\/\S+/, 'url: "javascript:alert(1)"'),
    says: [
      /✗ \S+\/cases\/trulia\.yaml:\d+ \(sources\.\d+\.url\)/,
      'found: "javascript:alert(1)"',
      'starting with https:// or http://',
    ],
  },
  {
    name: 'the MDX tree: an expression that would publish the build machine’s environment',
    breakIt: (dir) =>
      edit(
        join(dir, 'articles/en/namely.mdx'),
        /\n## Background\n/,
        '\n## Background\n\nBuilt in {process.env.HOME}.\n',
      ),
    says: [/✗ \S+\/articles\/en\/namely\.mdx:\d+\n/, 'found: an expression {process.env.HOME}', 'escape it as \\{'],
  },
  {
    name: 'a link: a JSX <a> to a page that does not exist',
    breakIt: (dir) =>
      edit(
        join(dir, 'articles/zh/namely.mdx'),
        /\n## 背景\n/,
        '\n## 背景\n\n<a href="/cases/no-such-case/">另一个案例</a>\n',
      ),
    says: [
      /✗ \S+\/articles\/zh\/namely\.mdx:\d+\n/,
      'a link to "/cases/no-such-case/", which is no page',
      'language-neutral path',
    ],
  },
  {
    name: 'an image from another host, and a link to a fragment another case does not have',
    breakIt: (dir) =>
      edit(
        join(dir, 'articles/en/namely.mdx'),
        /\n## Background\n/,
        '\n## Background\n\n![A diagram](https://example.com/p.png) <img src="https://example.com/q.png" alt="A photo" />\n\nSee [Trulia](/cases/trulia/#nope).\n',
      ),
    says: [
      /✗ \S+\/articles\/en\/namely\.mdx:\d+\n/,
      'found: an image from another host, "https://example.com/p.png"',
      'found: an image from another host, "https://example.com/q.png"',
      'fix:   Put the image in the repository (for example public/images/p.png)',
      'found: a link to "/cases/trulia/#nope", whose page has no element #nope',
      /fix: {3}Link to one of its fragments: .*\bsources-heading\b/,
    ],
  },
];

describe('bad input fails the real build and says where and how to fix it', () => {
  it.each(CATALOGUE)('$name', ({ breakIt, says }) => {
    const dir = mkdtempSync(join(work, 'content-'));
    cpSync('src/content', dir, { recursive: true });
    const env = breakIt(dir);
    const result = runBuild({
      CONTENT_DIR: dir,
      OUT_DIR: join(dir, '.dist'),
      ASTRO_CACHE_DIR: join(dir, '.cache'),
      ...env,
    });
    expect(result.status, result.output).not.toBe(0);
    for (const needle of says) {
      if (typeof needle === 'string') expect(result.output).toContain(needle);
      else expect(result.output).toMatch(needle);
    }
    // Astro's hint about browser APIs is triggered by words like "documented"; the gate's report must not provoke it.
    expect(result.output).not.toContain('Browser APIs are not available');
    expect(result.output).not.toMatch(/\*\*[\w.]+\*\*: \*\*/);
  });
});
