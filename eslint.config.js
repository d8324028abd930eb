// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'net',
  'url',
];

/** Imports each folder may not use: the four folders are four environments (STYLE.md rule 1). */
const forbid = (patterns, message) => {
  // A bare package name ('electron') must match only that package, not a '../electron/x' path.
  const packages = patterns.filter((p) => !p.includes('/') && !p.includes('*'));
  const groups = patterns.filter((p) => !packages.includes(p));
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: packages.map((name) => ({ name, message })),
        patterns: groups.length > 0 ? [{ group: groups, message }] : [],
      },
    ],
  };
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.tsbuild/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // In tests a `!` that is wrong fails the test at once, which is what a test should do.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**'],
    rules: {
      ...forbid(
        [
          ...nodeBuiltins,
          'electron',
          'react',
          'react-dom',
          'react-dom/*',
          'lowdb',
          'lowdb/*',
          '**/electron/**',
          '**/renderer/**',
        ],
        'shared/ is pure domain code: no Node, Electron, React or storage; pass data and the time in.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      ...forbid(
        [...nodeBuiltins, 'electron', 'lowdb', 'lowdb/*', '**/electron/**'],
        'renderer/ runs in a sandboxed page: reach the main process only through renderer/src/api.ts.',
      ),
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'pwp', message: 'Use the api from renderer/src/api.ts.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'test/renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['renderer/src/api.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['electron/**'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/window.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(
      ['electron', '**/renderer/**'],
      'Only electron/main.ts, preload.ts and window.ts may import electron, so the rest runs in plain Node under test.',
    ),
  },
  {
    files: ['cli/**', 'bench/**', 'scripts/**'],
    languageOptions: { globals: globals.node },
    rules: forbid(['electron', '**/renderer/**'], 'Command-line code runs in plain Node.'),
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/window.ts'],
    rules: forbid(['**/renderer/**'], 'The main process never imports renderer code.'),
  },
);
