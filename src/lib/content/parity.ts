/**
 * The two languages of a case tell the same story: each section cites the same
 * sources, and the articles mention the same years and version numbers. A fact
 * told in one language and missing from the other is reported on the file that
 * lacks it, naming the section and the other language.
 */
import type { Root, RootContent } from 'mdast';
import { citedKeys } from '../citations';
import { LANGUAGES, type Lang } from '../languages';
import type { Problem } from './problem';

export interface ArticleText {
  file: string;
  lang: Lang;
  tree: Root;
  body: string;
}

export interface Section {
  heading: string;
  line: number | undefined;
  text: string;
}

const LANGUAGE_NAME = (lang: Lang) => LANGUAGES[lang].name;

/** The article split at its second-level headings. */
export function sectionsOf(article: ArticleText): Section[] {
  const heads = (article.tree.children as RootContent[]).filter((n) => n.type === 'heading' && n.depth === 2);
  return heads.map((head, i) => ({
    heading: article.body.slice(head.position?.start.offset ?? 0, head.position?.end.offset ?? 0).replace(/^##\s*/, ''),
    line: head.position?.start.line,
    text: article.body.slice(
      head.position?.end.offset ?? 0,
      heads[i + 1]?.position?.start.offset ?? article.body.length,
    ),
  }));
}

/**
 * Years (1990–2029) and version numbers (x.y.z, or x.y after a product name),
 * which both languages write the same way; other quantities are written per
 * language (2.5 万 and 25,000) and are compared through the typed facts instead.
 */
export const yearsAndVersions = (text: string) =>
  [
    ...new Set([
      ...(text.match(/(?<![\d.])(?:199\d|20[0-2]\d)(?![\d.])/g) ?? []),
      ...(text.match(/\b\d+\.\d+\.\d+\b/g) ?? []),
      ...[...text.matchAll(/(?:Istio|MOSN|SOFAMesh|Kubernetes)\s*(\d+\.\d+)(?![\d.])/g)].map((m) => m[1] as string),
    ]),
  ].sort();

/** Problems where one language's article lacks what the other's has. Articles must already have the same sections. */
export function parityProblems(a: ArticleText, b: ArticleText): Problem[] {
  const problems: Problem[] = [];
  const [sa, sb] = [sectionsOf(a), sectionsOf(b)];
  const compare = (self: ArticleText, other: ArticleText, mine: Section[], theirs: Section[]) => {
    mine.forEach((section, i) => {
      const there = theirs[i];
      if (!there) return;
      const have = new Set(citedKeys(section.text));
      const missing = citedKeys(there.text).filter((k) => !have.has(k));
      if (missing.length) {
        problems.push({
          file: self.file,
          line: section.line,
          field: `section "${section.heading}"`,
          found: `no citation of ${missing.join(', ')}, which the ${LANGUAGE_NAME(other.lang)} section "${there.heading}" cites`,
          fix: `Cite ${missing.map((k) => `[${k}]`).join(', ')} here where the same fact is told, or drop ${missing.length > 1 ? 'them' : 'it'} from ${other.file}; both languages rest on the same sources.`,
        });
      }
    });
    const have = new Set(yearsAndVersions(mine.map((s) => s.text).join('\n')));
    const missing = yearsAndVersions(theirs.map((s) => s.text).join('\n')).filter((n) => !have.has(n));
    if (missing.length) {
      problems.push({
        file: self.file,
        field: 'years and versions',
        found: `no mention of ${missing.join(', ')}, which the ${LANGUAGE_NAME(other.lang)} article mentions`,
        fix: `Mention ${missing.join(', ')} where ${other.file} does, or remove ${missing.length > 1 ? 'them' : 'it'} there; both languages give the same years and versions.`,
      });
    }
  };
  compare(a, b, sa, sb);
  compare(b, a, sb, sa);
  return problems;
}
