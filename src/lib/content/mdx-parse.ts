/**
 * Splits an MDX file into front matter and body and parses the body into the MDX
 * syntax tree, with the positions of the whole file, so problems name real lines.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from './problem';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export interface SplitMdx {
  /** The YAML between the --- lines, or undefined when there is none. */
  frontmatter: string | undefined;
  /** The body with the front matter blanked out, so offsets and lines match the file. */
  body: string;
}

export function splitFrontmatter(text: string): SplitMdx {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: undefined, body: text };
  return { frontmatter: match[1] ?? '', body: match[0].replace(/[^\n]/g, ' ') + text.slice(match[0].length) };
}

const COMMENT_FIX = 'Delete the comment; articles hold no comments (keep notes in the pull request).';

function tryParse(body: string, file: string): { tree?: Root | undefined; problem?: Problem; comment?: boolean } {
  try {
    return { tree: processor.runSync(processor.parse(body)) as Root };
  } catch (error) {
    const e = error as {
      reason?: string;
      message?: string;
      line?: number;
      place?: { line?: number; start?: { line?: number } };
    };
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0] ?? '';
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    const comment = /before name/.test(reason) && /`!`/.test(reason);
    return {
      comment,
      problem: {
        file,
        line,
        found: comment ? 'an HTML comment <!-- … -->' : `MDX that does not parse: ${reason.replace(/ \(note:.*$/, '')}`,
        fix: comment
          ? COMMENT_FIX
          : 'Fix the syntax at this line: close every tag, and write \\< or \\{ for a literal < or {.',
      },
    };
  }
}

/**
 * Parse an MDX body; a syntax error becomes a problem at its line. HTML comments,
 * which MDX cannot parse, are each reported and blanked out, so the rest of the
 * file is still checked and every problem is listed at once.
 */
export function parseMdx(body: string, file: string): { tree?: Root | undefined; problems: Problem[] } {
  const first = tryParse(body, file);
  if (!first.comment) return { tree: first.tree, problems: first.problem ? [first.problem] : [] };
  const problems: Problem[] = [];
  const blanked = body.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment, offset: number) => {
    problems.push({
      file,
      line: body.slice(0, offset).split('\n').length,
      found: 'an HTML comment <!-- … -->',
      fix: COMMENT_FIX,
    });
    return comment.replace(/[^\n]/g, ' ');
  });
  const second = tryParse(blanked, file);
  return { tree: second.tree, problems: second.problem ? [...problems, second.problem] : problems };
}
