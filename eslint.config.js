// ESLint 9 flat config. `npm run lint` runs `eslint .` and then `prettier --check .`;
// formatting is prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Unused variables are errors, except names that say "unused on purpose" with a leading `_`. */
const unusedVars = [
  'error',
  { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/',
      '**/node_modules/',
      'coverage/',
      'bench/results/',
      'custom-elements.json',
      '.vitest-attachments/',
      'tests/browser/__screenshots__/',
      'tests/fixtures/',
      'demo/media/',
    ],
  },

  // Everything: the recommended JavaScript rules.
  js.configs.recommended,
  {
    rules: { 'no-unused-vars': unusedVars },
  },

  // TypeScript sources and tests.
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', '*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': unusedVars,
    },
  },

  // The library runs in the browser (and its model in Node, through parse()).
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { globals: { ...globals.browser } },
  },

  // Tests run in Node and in Chromium.
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  // The demo's scripts are browser modules.
  {
    files: ['demo/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },

  // Build, serve and config scripts run in Node.
  {
    files: ['scripts/**/*.{js,mjs,cjs}', '*.{js,mjs,cjs}'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },

  // Benchmarks run in Node and drive a browser (functions passed to page.evaluate run there).
  {
    files: ['bench/**/*.{js,mjs,cjs}'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
);
