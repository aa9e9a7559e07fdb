// @ts-check
// Lint = correctness (typescript-eslint, type-aware) + import boundaries. Formatting is Prettier's job
// (`npm run format`), so eslint-config-prettier comes last and switches off every stylistic rule.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------
// Import boundaries (eslint-plugin-boundaries v7). Elements are folders (the deepest matching
// folder is a file's element; `feature` is captured from the path); inside a feature folder the
// kind of file (index.ts, model.ts/access.ts, any other root file = service) is a file category.
// A policy says "own feature" with {{ from.element.captured.feature }} and "another feature"
// with !{{ … }}. Every import between two classified files must be allowed by a policy
// (default: disallow), including imports inside one folder (checkInternals).
// test/, bench/, migrations/ and knexfile.ts are not classified, so they are not checked.
// ---------------------------------------------------------------------------------------------
const ELEMENTS = [
  { type: 'platform', pattern: 'src/platform' },
  { type: 'http', pattern: 'src/http' },
  { type: 'feature-data', pattern: 'src/features/*/data', capture: ['feature'] },
  { type: 'feature-routes', pattern: 'src/features/*/routes', capture: ['feature'] },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'cli', pattern: 'src/cli' },
  { type: 'worker', pattern: 'workers' },
  // src/*.ts: the composition root (app, server, services, repositories, routes, jobs).
  { type: 'root', pattern: 'src' },
].map((e) => ({ partialMatch: false, ...e }));

const FILES = [
  { category: 'index', pattern: 'src/features/*/index.ts' },
  { category: 'model', pattern: 'src/features/*/{model,access}.ts' },
  // Every other file of a feature outside data/ and routes/: services, jobs.ts, input.ts …
  { category: 'service', pattern: ['src/features/*/*', 'src/features/*/!(data|routes)/**'] },
];

const OWN = { feature: '{{ from.element.captured.feature }}' };
const OTHER = { feature: '!{{ from.element.captured.feature }}' };
const el = (type, captured) => ({ element: captured ? { type, captured } : { type } });
const featureFile = (categories, captured) => ({
  element: captured ? { type: 'feature', captured } : { type: 'feature' },
  file: { categories },
});

const platform = el('platform');
const http = el('http');
const anyIndex = featureFile('index');
const otherIndex = featureFile('index', OTHER);
const ownModel = featureFile('model', OWN);
const ownService = featureFile('service', OWN);

const BOUNDARY_POLICIES = [
  // config, db, redis, logger, crypto, queues, outbox, audit, errors, clock: the bottom layer.
  { from: platform, allow: { to: [platform] } },
  // middleware, paths, form helpers, route registry: a feature only through its index.ts.
  { from: http, allow: { to: [http, platform, anyIndex] } },
  // A feature's public face: anything of its own, platform, http, other features' index.ts.
  {
    from: featureFile('index'),
    allow: { to: [platform, http, otherIndex, el('feature', OWN), el('feature-data', OWN), el('feature-routes', OWN)] },
  },
  // Domain types and the pure access policy.
  { from: featureFile('model'), allow: { to: [platform, ownModel, otherIndex] } },
  // Stores: no service, no route, no other feature.
  { from: el('feature-data'), allow: { to: [platform, el('feature-data', OWN), ownModel] } },
  // Controllers: never their own store (go through the services), never another feature's internals.
  {
    from: el('feature-routes'),
    allow: { to: [http, platform, el('feature-routes', OWN), ownService, ownModel, otherIndex] },
  },
  // Services and jobs: not routes, not src/http.
  {
    from: featureFile('service'),
    allow: { to: [platform, ownService, el('feature-data', OWN), ownModel, otherIndex] },
  },
  // Composition root (src/*.ts) and the CLI: not feature internals.
  { from: [el('root'), el('cli')], allow: { to: [platform, http, anyIndex, el('root'), el('cli')] } },
  // Workers: the composition root, platform and features' index.ts; never a store.
  { from: el('worker'), allow: { to: [el('root'), platform, anyIndex, el('worker')] } },
];

export default defineConfig(
  globalIgnores(['node_modules/', 'var/', 'coverage/', 'public/vendor/', 'bench/corpus/']),

  js.configs.recommended,

  // TypeScript: type-aware rules through the TypeScript project service (reads tsconfig.json).
  {
    files: ['**/*.{ts,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },

  // Plain JavaScript: no type information.
  { files: ['**/*.{js,cjs,mjs}'], extends: [tseslint.configs.disableTypeChecked] },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['public/js/**/*.js'], languageOptions: { sourceType: 'script', globals: globals.browser } },

  // Import boundaries for the application code.
  {
    files: ['src/**/*.ts', 'workers/**/*.ts'],
    plugins: { boundaries },
    settings: {
      // Resolves extensionless TypeScript imports ('../platform/db') the way tsc does.
      'import/resolver': { typescript: { project: `${import.meta.dirname}/tsconfig.json` }, node: true },
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': ELEMENTS,
      'boundaries/files': FILES,
      'boundaries/files-single-match': true,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/legacy-templates': false,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkInternals: true, policies: BOUNDARY_POLICIES }],
    },
  },

  // Unused names: tsc's noUnusedLocals already reports them; a leading _ or a rest sibling is left out on purpose.
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // Stores and migrations read knex rows, which knex types as any (Record<string, any>): the no-unsafe-* rules
  // would flag every column read. The rows are mapped to typed domain objects right there, in one place per store.
  {
    files: ['src/features/*/data/**/*.ts', 'src/platform/*/store.ts', 'src/platform/db.ts', 'migrations/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  // Tests and benchmarks read raw rows and responses to check them.
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Last: turn off every rule that would fight Prettier.
  prettier,
);
