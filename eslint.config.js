import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Which folder may load which, each boundary as a pattern of the specifiers
 * that reach the other folder; checked in static imports, re-exports and
 * dynamic import(). A folder inside another gets both folders' boundaries.
 */
const SITE = {
  regex: '^(\\.\\./)+(tests|bench|scripts)(/|$)',
  message: 'The site (src/) loads nothing from tests/, bench/ or scripts/: move what both need into src/.',
};
const TESTS = {
  regex: '^(\\.\\./)+bench(/|$)',
  message: 'Tests import nothing from bench/: move what both need into tests/support/.',
};
const LIB = {
  regex: '(^|/)i18n(/|$)',
  message:
    'src/lib/ loads nothing from src/i18n/ (the dictionaries depend on lib/vocabulary, so this would be a loop): pass the strings in, or import only types.',
  // A type-only import of the Dictionary shape is erased, so it makes no loop.
  allowTypeImports: true,
};

function boundaries(files, patterns) {
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': [
        'error',
        ...patterns.map(({ regex, message }) => ({
          selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '\\/')}/]`,
          message,
        })),
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'bench-results/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  boundaries(['src/**'], [SITE]),
  boundaries(['src/lib/**'], [SITE, LIB]),
  boundaries(['tests/**'], [TESTS]),
);
