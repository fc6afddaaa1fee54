/** Plain-text tables for the terminal; CJK characters take two columns, so queries in Chinese still line up. */

const width = (text: string) =>
  [...text].reduce(
    (w, ch) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
        ? 2
        : 1),
    0,
  );
const pad = (text: string, to: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
};

/**
 * `align` has one letter per column, `l` or `r`; columns without one are right-aligned, as numbers are.
 * An empty title prints the table alone.
 */
export function table(title: string, headers: string[], rows: string[][], align = 'l'): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, align[i] !== 'l'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [...(title ? [`\n${title}`] : []), line(headers), rule, ...rows.map(line)].join('\n');
}
