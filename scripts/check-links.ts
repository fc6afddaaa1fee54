/**
 * npm run check:links -- [dist] [--out report.md]
 *
 * Checks every external link of a built site and writes a Markdown report. Run
 * weekly by .github/workflows/links.yml, where the internet is reachable; it
 * sets the step output `broken` to the number of rotted links and exits 0, so
 * the workflow, not this script, decides what to do with them.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLinks } from './links/check.ts';
import { externalLinks } from './links/collect.ts';
import { linkReport } from './links/report.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
const dist = positionals[0] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`check-links: ${dist} does not exist; run npm run build first.`);
  process.exit(1);
}

const links = externalLinks(dist);
const results = await checkLinks([...links.keys()].sort());
const report = linkReport(results, links, new Date().toISOString().slice(0, 10));
const broken = results.filter((r) => r.state !== 'ok').length;

if (values.out) writeFileSync(values.out, report);
else console.log(report);
console.log(`check-links: ${results.length} links checked, ${broken} rotted or unreachable.`);
if (process.env['GITHUB_OUTPUT']) appendFileSync(process.env['GITHUB_OUTPUT'], `broken=${broken}\n`);
