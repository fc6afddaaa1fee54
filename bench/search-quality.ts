/**
 * The search-quality part of `npm run bench`: precision, recall and first place
 * per language, against the built pages' visible text. Search times come from
 * the one search timer, cold-search.ts.
 */
import { KNOWN_MISSES } from '../tests/support/search-quality-table.ts';
import { measureSearchQuality, type LangQuality, type QueryQuality } from '../tests/support/search-quality.ts';
import { table } from './table.ts';

export const searchQuality = measureSearchQuality;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function searchReport(quality: { queries: QueryQuality[]; languages: LangQuality[] }) {
  const problems = quality.queries.filter((q) => q.wrong.length || q.missed.length || q.firstOk === false);
  return [
    table(
      'Search quality: results of the real search page against the built pages’ visible text\n' +
        '(precision = results that hold the query; recall = pages holding it that were found; first = intended page ranked first)',
      ['lang', 'queries', 'precision', 'recall', 'first', 'nonsense: nothing, said so'],
      quality.languages.map((l) => [
        l.lang,
        String(l.queries),
        pct(l.precision),
        pct(l.recall),
        `${l.firstRanked}/${l.firstAsked}`,
        `${l.nothingSaid}/${l.nothing}`,
      ]),
      'lrrrrr',
    ),
    table(
      'Search quality per query',
      ['lang', 'kind', 'query', 'results', 'relevant', 'wrong', 'missed', 'first'],
      quality.queries.map((q) => [
        q.lang,
        q.kind,
        q.query,
        String(q.results.length),
        String(q.relevant.length),
        q.wrong.join(' ') || '–',
        [...q.missed, ...q.explained.map((p) => `${p} (known)`)].join(' ') || '–',
        q.first ? (q.firstOk ? `✓ ${q.first}` : `✗ ${q.results[0] ?? 'nothing'}`) : '–',
      ]),
      'lllrrlll',
    ),
    '\nKnown misses (Pagefind segmentation):',
    ...(KNOWN_MISSES.length ? KNOWN_MISSES.map((m) => `  ${m.lang} "${m.query}" ${m.path}: ${m.reason}`) : ['  none']),
    problems.length ? `\n${problems.length} quer(ies) with a wrong result, an unexplained miss or the wrong first` : '',
  ].join('\n');
}
