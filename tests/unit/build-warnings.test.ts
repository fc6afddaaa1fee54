/**
 * The browser tests' build must print no warnings (tests/e2e/global-setup.ts); this proves the reader of
 * the build output finds one, on the warning every build used to print, and passes a clean log.
 */
import { describe, expect, it } from 'vitest';
import { buildWarnings } from '../support/build';

describe('build warnings', () => {
  it("finds a Vite warning and its code frame, and nothing in a clean build's log", () => {
    const log = [
      '12:23:29 [build] Building static entrypoints...',
      "12:23:29 [WARN] [vite] [lightningcss minify] 'target-current' is not recognized as a valid pseudo-class.",
      '  72 |    .toc a:target-current {',
      '12:23:45 [build] ✓ Completed in 18.55s.',
    ].join('\n');
    expect(buildWarnings(log)).toEqual([
      "12:23:29 [WARN] [vite] [lightningcss minify] 'target-current' is not recognized as a valid pseudo-class.\n  72 |    .toc a:target-current {",
    ]);
    expect(
      buildWarnings(
        log
          .split('\n')
          .filter((line) => !/WARN|\|/.test(line))
          .join('\n'),
      ),
    ).toEqual([]);
  });
});
