// The linter run by `npm test` (`npm run lint`). A small rule set that catches real bugs the
// compiler does not: promises nobody awaits, `any` that hides a type, loose equality. tsc already
// reports unused locals and parameters and case fall-through (tsconfig.base.json), so those rules
// are not repeated here. Type-aware: each file is linted with the types of its own tsconfig.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Node's globals for the plain JavaScript files (no `globals` package: no new dependency).
const nodeGlobals = Object.fromEntries(['process', 'console', 'require', 'module', '__dirname',
  '__filename', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']
  .map((name) => [name, 'readonly']));

export default defineConfig(
  {
    // Build output, bundles, tools and fixture data: nothing we write by hand.
    ignores: ['**/out/**', 'out/**', 'out-bench/**', 'dist/**', 'node_modules/**', '.tools/**',
      'test-results/**', 'bench/results/**', 'test/fixtures/**', 'service/purity/**'],
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its error (an unhandled rejection in the server) and its order.
      // node:test's test() returns a promise the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [
        { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] }],
      // An async function passed where a plain callback is expected: its rejection is lost.
      '@typescript-eslint/no-misused-promises': 'error',
      // House rule: `any` only with a comment why (an eslint-disable-next-line with its reason).
      '@typescript-eslint/no-explicit-any': 'error',
      // `==` coerces: '1' == 1, null == undefined. Say which one is meant.
      // `== null` (null or undefined) is the one deliberate use.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // A `let` never reassigned reads as if it were; in a destructuring, only when all could be.
      'prefer-const': ['error', { destructuring: 'all' }],
      // A control character in a pattern is usually a slip; where it is meant, say so.
      'no-control-regex': 'error',
      // require() gives `any`: import, or say why not (an ESM-only peer loaded where present).
      '@typescript-eslint/no-require-imports': 'error',
      // A switch over a union that forgets a member (a new rule code, a new status) says so;
      // a `default:` branch counts as handling the rest.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', {
        considerDefaultExhaustiveForUnions: true,
      }],
    },
  },
  {
    // The tests and the benchmark speak LSP to the server: a notification's promise rejects only
    // when the pipe is gone, which the next request reports anyway. The server's own code (above)
    // still writes `void` before each.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [
        { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
        { from: 'package', package: 'vscode-jsonrpc', name: 'sendNotification' },
        { from: 'package', package: 'vscode-languageserver-protocol', name: 'sendNotification' }] }],
    },
  },
  {
    // Our own plain JavaScript (the bundler, the fuzzer, bin/): ESLint's recommended set.
    files: ['**/*.{js,mjs,cjs}'],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: nodeGlobals },
  },
  { files: ['**/*.{js,cjs}'], languageOptions: { sourceType: 'commonjs' } },
);
