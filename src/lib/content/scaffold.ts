/**
 * A new case's three files, written from the same schema and section table the
 * gate uses: the facts with every field (what the author must write left empty,
 * the allowed values as comments) and an article per language with its
 * required headings, so the first `npm run check:content` lists exactly what is
 * still to be written. Run as `npm run new-case -- <slug>` (scripts/new-case.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleSchema, caseSchema } from '../../content.config';
import { LANGS } from '../languages';
import { contentDir } from './dir';
import { REQUIRED_HEADINGS } from './headings';
import { displayPath } from './problem';
import { SLUG_PATTERN, suggestSlug } from './raw-files';
import { yamlSkeleton } from './shape';
import { VOCABULARY_FILE } from './vocabulary';

/** The files of a new case, relative to the content folder, with their text. */
function newCaseFiles(slug: string): { path: string; text: string }[] {
  const facts = [
    `# The facts of ${slug}, once for every language. Fill in each empty value; \`npm run check:content\``,
    '# lists what is still missing, each with its fix. src/content.config.ts defines every field; an',
    `# industry, platform or capability the vocabulary lacks takes one line in ${displayPath(VOCABULARY_FILE)}.`,
    ...yamlSkeleton(caseSchema),
  ];
  const article = (lang: (typeof LANGS)[number]) =>
    [
      '---',
      ...yamlSkeleton(articleSchema),
      '---',
      '',
      ...REQUIRED_HEADINGS.full[lang].flatMap((h) => [`## ${h}`, '']),
    ].join('\n');
  return [
    { path: `cases/${slug}.yaml`, text: `${facts.join('\n')}\n` },
    ...LANGS.map((lang) => ({ path: `articles/${lang}/${slug}.mdx`, text: article(lang) })),
  ];
}

/** Write a new case's files; refuses a slug that is not one, or whose files exist, saying why and what to do. */
export function newCase(slug: string | undefined, dir = contentDir): string[] {
  if (!slug) throw new Error('Name the case: npm run new-case -- <slug>, e.g. npm run new-case -- acme-bank.');
  if (!SLUG_PATTERN.test(slug)) {
    throw new Error(
      `"${slug}" is not a slug: use lowercase letters, digits and hyphens, e.g. npm run new-case -- ${suggestSlug(slug)}.`,
    );
  }
  const files = newCaseFiles(slug).map((f) => ({ ...f, path: join(dir, f.path) }));
  const taken = files.filter((f) => existsSync(f.path)).map((f) => displayPath(f.path));
  if (taken.length)
    throw new Error(
      `${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''}: pick another slug, or edit the case.`,
    );
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.text, { flag: 'wx' });
  }
  return files.map((f) => displayPath(f.path));
}
