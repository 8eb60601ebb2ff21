import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'lib/', 'release/', 'coverage/', 'storybook-static/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  // `==` converts types silently: compare with `===` everywhere.
  { rules: { eqeqeq: 'error' } },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'],
    ...wc.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
    rules: {
      ...wc.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice']?.rules,
      // Registration goes through the guarded define(), which the rule cannot see.
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['test/pages/*.js', 'demo/*.js', 'bench/pages/*.js', 'bench/vanilla/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs', '.storybook/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node tests that drive a browser: their page functions run there.
    files: ['test/hosting/*.mjs', 'test/engines/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
