/** The Markdown body of the link-rot issue: what is gone, where it is cited, what moved. */
import type { LinkResult } from './check.ts';

export function linkReport(results: LinkResult[], citedOn: Map<string, string[]>, checkedAt: string): string {
  const gone = results.filter((r) => r.state !== 'ok');
  const moved = results.filter(
    (r): r is Extract<LinkResult, { state: 'ok' }> =>
      r.state === 'ok' && r.finalUrl.replace(/\/$/, '') !== r.url.replace(/\/$/, ''),
  );
  const pages = (url: string) => (citedOn.get(url) ?? []).map((p) => `\`${p}\``).join(', ');
  const lines = [
    `Checked ${results.length} external links on ${checkedAt}: ${gone.length} rotted or unreachable, ${moved.length} redirected.`,
    '',
  ];
  if (gone.length > 0) {
    lines.push('## Rotted or unreachable', '', '| link | answer | cited on |', '|---|---|---|');
    for (const r of gone)
      lines.push(`| ${r.url} | ${r.state === 'broken' ? `HTTP ${r.status}` : r.error} | ${pages(r.url)} |`);
    lines.push(
      '',
      'For each: find where the content moved (or an archived copy), then update the source in `src/content/cases/<slug>.yaml` (`url`, `status: moved` or `rotted`, and a `note`), and say so in the case’s caveats.',
      '',
    );
  }
  if (moved.length > 0) {
    lines.push('## Redirected (still answering)', '', '| link | now at |', '|---|---|');
    for (const r of moved) lines.push(`| ${r.url} | ${r.finalUrl} |`);
    lines.push('');
  }
  return lines.join('\n');
}
