/**
 * The folder boundaries are ESLint rules (eslint.config.js); this proves they
 * fire, on snippets linted as if they sat in each folder, so a config change
 * that silently drops one fails here.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function crossings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'].includes(m.ruleId ?? ''))
    .map((m) => `${m.line}`);
}

// ESLint loads its plugins on the first lint, which takes seconds on a busy machine.
describe('folder boundaries', { timeout: 60_000 }, () => {
  it('src/ loads nothing from tests/, bench/ or scripts/, statically or dynamically', async () => {
    const code = [
      "import { site } from '../../tests/support/site';",
      "export { run } from '../../bench/site';",
      "export const later = () => import('../../scripts/preview');",
      "import { t } from '../i18n';",
      'export const all = [site, t];',
    ].join('\n');
    expect(await crossings('src/components/probe.ts', code)).toEqual(['1', '2', '3']);
    expect(await crossings('src/lib/content/probe.ts', code.replace("'../i18n'", "'../../i18n'"))).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });
  it('src/lib/ loads nothing from src/i18n/ but may import its types', async () => {
    const code = "import type { Dictionary } from '../i18n/types';\nexport type D = Dictionary;";
    expect(await crossings('src/lib/probe.ts', code)).toEqual([]);
    expect(await crossings('src/lib/probe.ts', "import { t } from '../i18n';\nexport const x = t;")).toEqual(['1']);
  });
  it('tests/ import nothing from bench/, and may import src/', async () => {
    const code =
      "import { a } from '../../bench/site';\nimport { b } from '../../src/lib/url';\nexport const x = [a, b];";
    expect(await crossings('tests/unit/probe.ts', code)).toEqual(['1']);
  });
});
