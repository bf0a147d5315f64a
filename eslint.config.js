// Lint configuration: typescript-eslint's recommended rules, stricter in the pure core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'notebooks/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'child_process', 'react', 'react-dom'], message: 'src/core is pure: no Node or DOM modules.' },
          { group: ['**/scenario/**', '**/cli/**', '**/app/**', '**/report/**'], message: 'src/core must not import from an edge.' },
          { group: ['danfojs-node', '@tensorflow/*', '**/frames.ts', '**/frames/**'], message: 'DataFrames are a Node-only entry (src/frames.ts).' },
        ],
      }],
    },
  },
  {
    // danfojs-node is large and Node-only: never in the dashboard bundle, never on the CLI's start path (issue #16)
    files: ['src/app/**/*.{ts,tsx}', 'src/cli/**/*.{ts,js}', 'src/index.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['danfojs-node', '@tensorflow/*', '**/frames.ts', '**/frames/**'], message: 'DataFrames are a Node-only entry (src/frames.ts).' }],
      }],
    },
  },
);
