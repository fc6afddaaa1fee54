/**
 * knip checks the dependencies (every package the code imports is declared in
 * package.json, and every declared package is used: imported, run by a script,
 * or named by a config file knip reads) and the code itself: no file nobody
 * loads, no export nobody imports. Run by `npm run lint`.
 */
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  // The search page's scripts are loaded by <script src> in SearchPanel.astro, which knip does not read.
  entry: ['src/components/search-panel.ts', 'bench/*.ts', 'scripts/*.ts'],
  ignoreDependencies: [
    // Loaded from the package's own folder with require.resolve (src/share/fonts.ts, tests/support/axe.ts), which knip does not follow.
    '@fontsource/noto-sans-sc',
    'axe-core',
  ],
  // A system package manager, used only to install Chromium when it is missing (tests/support/chromium.ts).
  ignoreBinaries: ['apt-get'],
};

export default config;
