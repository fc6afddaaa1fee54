/** The address of a new GitHub issue prefilled with a title and body; none when the repository is unknown. */
export function reportIssueUrl(repository: string | undefined, title: string, body: string): string | undefined {
  if (!repository) return undefined;
  return `${repository}/issues/new?title=${queryValue(title)}&body=${queryValue(body)}`;
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
