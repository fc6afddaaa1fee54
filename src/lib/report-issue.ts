/** The address of a new GitHub issue prefilled with a title and body; none when the repository is unknown. */
export function reportIssueUrl(repository: string | undefined, title: string, body: string): string | undefined {
  if (!repository) return undefined;
  // encodeURIComponent, not URLSearchParams: GitHub shows a "+" from form encoding literally in the body.
  return `${repository}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
