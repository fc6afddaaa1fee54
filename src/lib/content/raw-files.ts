/**
 * The first gate: the files themselves, before anything parses them. A file the
 * collections would not read, or could not read as text, is reported by its
 * path; so is a symbolic link, whose target could lie outside the repository
 * and would be published as if it were content.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { LANGS, type Lang } from '../languages';
import { displayPath, type Problem } from './problem';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Largest content file read, in bytes: a long article is about 15 KB. */
const MAX_FILE_BYTES = 256 * 1024;

/** A content file that passed the raw checks, with its text. */
export type ContentFile =
  | { kind: 'case'; path: string; slug: string; text: string }
  | { kind: 'istio-today'; path: string; section: string; lang: Lang; text: string }
  | { kind: 'istio-today-sources'; path: string; text: string }
  | { kind: 'istio-releases'; path: string; text: string }
  | { kind: 'article'; path: string; slug: string; lang: Lang; text: string }
  | { kind: 'about'; path: string; lang: Lang; text: string }
  | { kind: 'vocabulary'; path: string; text: string };

/** The slug a name probably meant: lowercase, hyphens for anything else. */
export const suggestSlug = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'case-name';

const FOLDERS = new Set([
  'cases',
  'articles',
  'about',
  'istio-today',
  ...LANGS.flatMap((lang) => [`articles/${lang}`, `istio-today/${lang}`]),
]);
const WHERE = `Content files are vocabulary.yaml, cases/<slug>.yaml, articles/<${LANGS.join('|')}>/<slug>.mdx, about/<${LANGS.join('|')}>.mdx, istio-today/<${LANGS.join('|')}>/<section>.mdx istio-today/sources.yaml and istio-today/releases.yaml`;

/** What a file's place says it is, before it is read. */
type Placed = ContentFile extends infer F ? (F extends ContentFile ? Omit<F, 'text' | 'path'> : never) : never;

function classify(rel: string): { file?: Placed; problem?: Omit<Problem, 'file'> } {
  const parts = rel.split('/');
  const name = parts.at(-1) ?? rel;
  if (rel === 'README.md') return {};
  if (rel === 'vocabulary.yaml') return { file: { kind: 'vocabulary' } };
  if (name.startsWith('.')) return { problem: { found: 'a hidden file', fix: `Remove it; ${WHERE}.` } };
  const [folder, ...rest] = parts;
  const stem = name.replace(/\.[^.]*$/, '');
  const badName = (ext: string): Omit<Problem, 'file'> => ({
    found: `the name "${name}", which is not a slug`,
    fix: `Rename it to ${suggestSlug(stem)}.${ext}: lowercase letters, digits and hyphens only.`,
  });
  if (folder === 'cases' && rest.length === 1) {
    if (!name.endsWith('.yaml')) {
      return {
        problem: {
          found: 'a file the site does not read',
          fix: `Case facts are cases/<slug>.yaml; rename it to ${suggestSlug(stem)}.yaml or remove it.`,
        },
      };
    }
    if (!SLUG_PATTERN.test(stem)) return { problem: badName('yaml') };
    return { file: { kind: 'case', slug: stem } };
  }
  const lang = LANGS.find((l) => l === rest[0]);
  if (folder === 'articles' && lang && rest.length === 2) {
    if (!name.endsWith('.mdx')) {
      return {
        problem: {
          found: 'a file the site does not read',
          fix: `Articles are articles/${lang}/<slug>.mdx; rename it to ${suggestSlug(stem)}.mdx or remove it.`,
        },
      };
    }
    if (!SLUG_PATTERN.test(stem)) return { problem: badName('mdx') };
    return { file: { kind: 'article', slug: stem, lang } };
  }
  if (folder === 'istio-today' && rel === 'istio-today/sources.yaml') return { file: { kind: 'istio-today-sources' } };
  if (folder === 'istio-today' && rel === 'istio-today/releases.yaml') return { file: { kind: 'istio-releases' } };
  if (folder === 'istio-today' && lang && rest.length === 2) {
    if (!name.endsWith('.mdx') || !SLUG_PATTERN.test(stem)) return { problem: badName('mdx') };
    return { file: { kind: 'istio-today', section: stem, lang } };
  }
  const aboutLang = LANGS.find((l) => name === `${l}.mdx`);
  if (folder === 'about' && rest.length === 1 && aboutLang) return { file: { kind: 'about', lang: aboutLang } };
  return { problem: { found: 'a file the site does not read', fix: `Move or remove it; ${WHERE}.` } };
}

/** Whether the bytes are UTF-8 text: no NUL bytes, no invalid sequences. */
function isText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Names, sizes and modification times of everything under the content folder: equal signatures, equal content. */
export function contentSignature(contentDir: string): string {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = lstatSync(join(contentDir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

/** Check every entry under the content folder; return the readable files and the problems. */
export function readRawFiles(contentDir: string): { files: ContentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const repo = realpathSync(process.cwd());
  const slugs = new Map<string, string>();
  const visit = (rel: string) => {
    const abs = join(contentDir, rel);
    const path = displayPath(abs);
    const stat = lstatSync(abs);
    if (stat.isSymbolicLink()) {
      const target = readlinkSync(abs);
      let real: string | undefined;
      try {
        real = realpathSync(abs);
      } catch {
        real = undefined;
      }
      const outside = real !== undefined && real !== repo && !real.startsWith(repo + sep);
      problems.push({
        file: path,
        found: `a symbolic link to ${target}${real === undefined ? ', which does not exist' : outside ? ', outside the repository' : ''}`,
        fix: 'Replace the link with a regular file holding the content; links are never followed.',
      });
      return;
    }
    if (stat.isDirectory()) {
      if (rel && !FOLDERS.has(rel)) {
        problems.push({
          file: `${path}/`,
          found: 'a folder the site does not read',
          fix: `Move its files or remove it; ${WHERE}.`,
        });
        return;
      }
      for (const name of readdirSync(abs).sort()) visit(rel ? `${rel}/${name}` : name);
      return;
    }
    const { file, problem } = classify(rel);
    if (problem) problems.push({ file: path, ...problem });
    if (!file) return;
    if (file.kind === 'case') {
      const other = slugs.get(file.slug);
      if (other) problems.push({ file: path, found: `the same slug as ${other}`, fix: 'Give each case its own slug.' });
      slugs.set(file.slug, path);
    }
    if (stat.size > MAX_FILE_BYTES) {
      problems.push({
        file: path,
        found: `a file of ${(stat.size / 1024).toFixed(0)} KB`,
        fix: `Keep it under ${MAX_FILE_BYTES / 1024} KB; facts and articles are text, and no field needs more.`,
      });
      return;
    }
    const bytes = readFileSync(abs);
    if (!isText(bytes)) {
      problems.push({
        file: path,
        found: 'binary data, not UTF-8 text',
        fix: 'Save it as UTF-8 text, or remove it if it is not content.',
      });
      return;
    }
    // A Windows editor's byte-order mark and CRLF line endings are not part of the text.
    const text = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    if (!text.trim()) {
      problems.push({
        file: path,
        found: 'an empty file',
        fix: 'Write its content (copy an existing file as a start), or delete it.',
      });
      return;
    }
    if (
      (file.kind === 'case' || file.kind === 'istio-today-sources' || file.kind === 'istio-releases') &&
      text.split('\n').every((line) => /^\s*(#.*)?$/.test(line))
    ) {
      problems.push({
        file: path,
        found: 'only comments, no facts',
        fix: 'Write the facts under the comments (copy an existing case as a start), or delete it.',
      });
      return;
    }
    files.push({ ...file, path, text } as ContentFile);
  };
  visit('');
  return { files, problems };
}
