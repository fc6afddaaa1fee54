/** Where the report link of a case page points, from what the build knows of the repository. */
export interface ReportTarget {
  /** The repository's address; none when unknown, and then there is no link. */
  repository: string | undefined;
  /** Whether the repository takes issues: a fork has them off until its owner turns them on. */
  issues: boolean;
  /** The branch the site is built from, for the edit link. */
  branch: string;
}

/**
 * A new GitHub issue prefilled with a title and body; where the repository
 * takes no issues, GitHub's editor on the case's own file (`file`, relative to
 * the repository), which works on any public repository and proposes the
 * change from the reader's fork.
 */
export function reportUrl(target: ReportTarget, title: string, body: string, file: string): string | undefined {
  if (!target.repository) return undefined;
  if (!target.issues) return `${target.repository}/edit/${encodeURI(target.branch)}/${encodeURI(file)}`;
  return `${target.repository}/issues/new?title=${queryValue(title)}&body=${queryValue(body)}`;
}

/**
 * A query value percent-encoded only where it must be. encodeURIComponent, not
 * URLSearchParams: GitHub shows a "+" from form encoding literally in the body.
 * Then non-ASCII text goes back to itself (a browser sends it as UTF-8 when the
 * link is followed) and so do ':' and '/': a Chinese title costs its own bytes
 * in the page instead of nine per character, and the page's address matches the
 * canonical one, on every case page.
 */
const queryValue = (text: string) =>
  encodeURIComponent(text)
    .replaceAll('%3A', ':')
    .replaceAll('%2F', '/')
    .replace(/(?:%[89A-F][0-9A-F])+/g, (bytes) => decodeURIComponent(bytes));
