/**
 * The content folders hold only files the collections read. Anything else (a
 * `.yml` file, a capitalised slug that would collide with another case, an
 * article in a third language) would be silently skipped by the loaders, so it
 * is an error instead.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from './languages';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Problems with the files in a content folder, each naming the file and the fix. */
export function contentFileProblems(contentDir: string): string[] {
  const problems: string[] = [];
  const list = (dir: string) => readdirSync(join(contentDir, dir), { recursive: true, encoding: 'utf8' });
  const seen = new Map<string, string>();
  for (const file of list('cases')) {
    const path = join(contentDir, 'cases', file);
    const slug = file.replace(/\.yaml$/, '');
    if (!file.endsWith('.yaml') || file.includes('/')) {
      problems.push(`${path}: not read. Case facts are cases/<slug>.yaml; rename or remove this file.`);
    } else if (!SLUG_PATTERN.test(slug)) {
      problems.push(
        `${path}: "${slug}" is not a valid slug. Use lowercase letters, digits and hyphens, e.g. ${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yaml.`,
      );
    }
    const other = seen.get(slug.toLowerCase());
    if (other) problems.push(`${path}: duplicates the slug of ${other}; each case needs its own slug.`);
    seen.set(slug.toLowerCase(), path);
  }
  for (const file of list('articles')) {
    const path = join(contentDir, 'articles', file);
    if ((LANGS as readonly string[]).includes(file)) continue;
    const match = file.match(new RegExp(`^(${LANGS.join('|')})/([^/]+)\\.mdx$`));
    if (!match) {
      problems.push(
        `${path}: not read. Articles are ${LANGS.map((lang) => `articles/${lang}/<slug>.mdx`).join(' and ')}; rename or remove this file.`,
      );
    } else if (!SLUG_PATTERN.test(match[2] ?? '')) {
      problems.push(`${path}: "${match[2]}" is not a valid slug. Use lowercase letters, digits and hyphens.`);
    }
  }
  return problems;
}
