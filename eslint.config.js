// ESLint (flat config), run by `npm run lint` with no warnings allowed. Rules that catch real faults:
// TypeScript's type-aware checks (unhandled promises, misused async callbacks), Lit template mistakes,
// custom-element pitfalls, accessibility in templates, and regular expressions that can backtrack
// super-linearly (ReDoS). Layout is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import regexp from 'eslint-plugin-regexp';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const typeScript = ['**/*.ts', '**/*.tsx', '**/*.mts'];
// Code that runs in a browser (the rest runs in Node: the emulator server, scripts, tool configs).
const browser = ['src/**', 'test/**', 'demo/**', 'stories/**', '.storybook/preview.ts'];
const node = ['emulator/**', 'scripts/**', '*.config.{js,mjs,ts}', 'demo/vite.config.ts', '.storybook/main.ts', 'test/a11y/a11y-commands-plugin.ts'];

export default defineConfig(
  globalIgnores(['**/dist/', '**/storybook-static/', 'coverage/', 'bench-results/', '.emulator-data/', 'xliff/', 'src/locales/generated/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: typeScript,
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // node:test's describe/it return promises the runner itself awaits. @open-wc/semantic-dom-diff types chai's
      // `equal` as returning a promise (for its DOM diffs), though plain `expect(a).to.equal(b)` is synchronous.
      // Still reported: a floating `expect(el).to.be.accessible()`, which is a real, easy-to-miss bug.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] },
            { from: 'package', package: 'chai', name: 'Equal' },
          ],
        },
      ],
      // Lit calls a template's event listeners with `this` bound to the host (`@click=${this.onClick}`), and tests
      // keep `window.fetch` and the like to restore them; this rule cannot tell either from a real unbound call.
      '@typescript-eslint/unbound-method': 'off',
      // An async function without `await` still returns the promise its interface asks for (a store method, an
      // OAuth hook, a fake fetch). The real fault, a promise nobody awaits, is no-floating-promises' job.
      '@typescript-eslint/require-await': 'off',
      // Rejecting with `signal.reason` (an AbortSignal's reason, typed `any`) is how an abort is passed on.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
    },
  },
  regexp.configs['flat/recommended'],
  {
    files: ['src/**', 'test/**', 'demo/**', 'stories/**'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
    rules: {
      // LitElement defines connectedCallback and friends, so `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
    },
  },

  { files: browser, languageOptions: { globals: globals.browser } },
  { files: node, languageOptions: { globals: globals.node } },
  // Puppeteer scripts: the callbacks given to page.evaluate / waitForFunction run in the page.
  { files: ['scripts/bench-upload.mjs', 'scripts/check-stories.mjs', 'scripts/screenshot.mjs'], languageOptions: { globals: globals.browser } },

  {
    files: ['test/**', 'emulator/test/**', 'scripts/*.test.mjs'],
    rules: {
      // Chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read `detail` from @open-wc's oneEvent (a CustomEvent<any>) and JSON response bodies, then assert
      // on them: an `any` there is checked by the assertion and cannot reach the shipped code.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  {
    // The API layer is DOM-free: the page's side (popups, storage, messages, the address) is in src/browser/.
    files: ['src/api/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'location', 'history', 'navigator', 'localStorage', 'sessionStorage', 'BroadcastChannel', 'customElements'].map((name) => ({
          name,
          message: 'src/api/ is DOM-free: take it through a seam (src/api/auth/seams.ts) implemented in src/browser/.',
        })),
      ],
    },
  },

  {
    rules: {
      // ReDoS guards. A browser test cannot catch a quadratic regex (V8 falls back to a linear engine
      // for some patterns), so these deterministic checks are the guard.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',

      // A framework's JSX types are extended by augmenting its namespace inside `declare module` (demo/react-host.tsx).
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      // `let x; … () => x …; x = await make()`: a callback made before the value exists reads the binding later.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],

      // `_` marks a parameter or binding kept only for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
);
