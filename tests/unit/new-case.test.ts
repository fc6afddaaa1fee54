/**
 * `npm run new-case -- <slug>` writes a case's three files from the schema and
 * the section table, so the first content check lists only what the author
 * must still write, in those files; it refuses a bad or taken slug.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCase } from '../../src/lib/content/scaffold';
import { LANGS } from '../../src/lib/languages';
import { REQUIRED_HEADINGS } from '../../src/lib/content/headings';
import { fixture, type Fixture } from './content-gate/fixture';

let f: Fixture;
beforeEach(() => {
  f = fixture();
  // The command reads the vocabulary from the folder it writes into, as the build does.
  f.write('vocabulary.yaml', readFileSync('src/content/vocabulary.yaml'));
});
afterEach(() => f.remove());

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-case.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: f.dir },
  });

describe('a new case from npm run new-case', () => {
  it('is three files whose first check asks only for what the author must write', () => {
    newCase('acme-bank', f.dir);
    const problems = f.problems();
    const files = ['cases/acme-bank.yaml', ...LANGS.map((lang) => `articles/${lang}/acme-bank.mdx`)];
    expect(problems.filter((p) => !files.some((file) => p.file.endsWith(file)))).toEqual([]);
    // Nothing about the files' form: every problem is a value or a section still to write.
    expect(
      problems.filter((p) =>
        /invalid YAML|unknown key|no front matter|second-level headings|no article|not a slug|no facts/.test(p.found),
      ),
    ).toEqual([]);
    for (const file of files) expect(problems.some((p) => p.file.endsWith(file))).toBe(true);
    for (const lang of LANGS) {
      const empty = problems.filter((p) => p.file.endsWith(`${lang}/acme-bank.mdx`) && p.found === 'an empty section');
      expect(empty.map((p) => p.field)).toEqual(REQUIRED_HEADINGS.full[lang].map((h) => `section "${h}"`));
    }
    expect(problems.find((p) => p.field === 'industry')?.fix).toMatch(/Use one of the industry values/);
  });

  it('refuses a taken slug, naming its files, and a missing one', () => {
    newCase('acme-bank', f.dir);
    expect(() => newCase('acme-bank', f.dir)).toThrow(/cases\/acme-bank\.yaml, .* already exist: pick another slug/);
    expect(() => newCase(undefined, f.dir)).toThrow('Name the case: npm run new-case -- <slug>');
  });

  // Each run loads the schema in a fresh Node; a busy machine takes seconds.
  it(
    'runs from the command line, and refuses a name that is not a slug with the slug it meant',
    { timeout: 60_000 },
    () => {
      const made = cli('acme-bank');
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout).toContain('npm run check:content');
      expect(existsSync(f.path('cases/acme-bank.yaml'))).toBe(true);
      const bad = cli('Acme Bank');
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('new-case: "Acme Bank" is not a slug');
      expect(bad.stderr).toContain('npm run new-case -- acme-bank');
    },
  );
});
