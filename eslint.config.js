// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Import patterns that name a capability folder, wherever the importer sits. */
const inFolders = (names) => names.flatMap((name) => [`**/${name}/*`, `**/${name}/**`]);
const clientFeatures = ['app', 'catalogue', 'forms', 'drafts', 'sync', 'security', 'db', 'worker'];

/** One @typescript-eslint/no-restricted-imports setting from [patterns, message] pairs. */
const restrict = (...rules) => [
  'error',
  {
    patterns: rules.map(([group, message, extra = {}]) => ({ group, message, ...extra })),
  },
];

const NO_SERVER = [
  [[...inFolders(['server']), 'node:*'], 'the client never imports the server or Node'],
];
const PAGE = [
  [
    inFolders(['worker', 'store', 'search']),
    'the page imports worker code as `import type` only',
    { allowTypeImports: true },
  ],
  [
    ['dexie', ...inFolders(['db'])],
    'elements never touch Dexie: ask the worker',
    { allowTypeImports: true },
  ],
  ...NO_SERVER,
];
const NO_LIT = [
  [['lit', 'lit/*', '@lit/*', ...inFolders(['ui', 'app'])], 'workers never load Lit, ui/ or app/'],
];
/** The form model (plain data types) is pure code: shared/, validation/ and the server may use it. */
const PURE_FORMS = ['!**/forms/model', '!**/forms/model/*'];

const PURE = [
  [
    [
      'lit',
      'lit/*',
      'dexie',
      'i18next',
      'node:*',
      ...inFolders([...clientFeatures, 'ui', 'i18n', 'server']),
      ...PURE_FORMS,
    ],
    'shared/ and validation/ are pure: no DOM, no storage, no Lit, no Node',
  ],
];
/**
 * Server rules per folder depth: `../catalogue/x` is the client's src/catalogue from
 * src/server/*.ts but the server's own src/server/catalogue from src/server/http/*.ts.
 */
const serverBlocks = [1, 2, 3].map((depth) => {
  const up = '../'.repeat(depth);
  const client = [...clientFeatures, 'ui', 'i18n'].flatMap((name) => [
    `${up}${name}/*`,
    `${up}${name}/**`,
  ]);
  // Pure form code the server may use: the model and the bundled definitions.
  const pureForms = ['model', 'definitions', 'xdf'].flatMap((name) => [
    `!${up}forms/${name}`,
    `!${up}forms/${name}/*`,
  ]);
  return {
    files: [`src/server/${'*/'.repeat(depth - 1)}*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        ['lit', 'lit/*', 'dexie', 'i18next', ...client, ...pureForms],
        'the server imports only shared/, validation/ and pure form code',
      ]),
    },
  };
});

/**
 * Physical CSS in css`…` templates: left/right/top/bottom properties, width/height, and
 * text-align/float/clear left|right. Media features like `(max-width: …)` stay allowed.
 */
const PHYSICAL_CSS = [
  '/(^|[^\\w(-])(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right|top|bottom)(-[a-z]+)*\\s*:/',
  '/(^|[^\\w(-])(left|right|top|bottom|(min-|max-)?(width|height))\\s*:/',
  '/(^|[^\\w-])(text-align|float|clear)\\s*:\\s*(left|right)\\b/',
];

const WORKER_SIDE = ['src/worker/**', 'src/*/store/**', 'src/catalogue/search/**', 'sw/**'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'data/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.ts', 'sw/**/*.ts'],
    ignores: ['src/server/**'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice'].rules,
      // LitElement implements every lifecycle callback, so guarding super calls is noise.
      'wc/guard-super-call': 'off',
    },
  },
  // Boundaries (ARCHITECTURE.md): exactly one import rule applies to each file.
  {
    files: ['src/**/*.ts'],
    ignores: [
      'src/ui/**',
      'src/shared/**',
      'src/validation/**',
      'src/db/**',
      'src/server/**',
      ...WORKER_SIDE,
    ],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(...PAGE) },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(...PAGE, [
        inFolders([...clientFeatures, 'validation']),
        'ui/ imports only shared/ and i18n/',
      ]),
    },
  },
  {
    files: WORKER_SIDE.map((glob) => `${glob.replace('/**', '')}/**/*.ts`),
    rules: { '@typescript-eslint/no-restricted-imports': restrict(...NO_LIT, ...NO_SERVER) },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(...NO_LIT, ...NO_SERVER) },
  },
  {
    files: ['src/shared/**/*.ts', 'src/validation/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(...PURE) },
  },
  {
    // The crypto core runs in page, worker and service worker (src/security/README.md).
    files: ['src/security/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict([
        PURE[0][0],
        'src/security/ is Web Crypto only: no Lit, storage, i18n, Node or other features',
      ]),
    },
  },
  ...serverBlocks,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='stores']",
          message: 'only src/db/ declares tables',
        },
        // Right-to-left languages mirror only logical CSS (test/unit/settings/ checks .css too).
        ...PHYSICAL_CSS.map((pattern) => ({
          selector: `TaggedTemplateExpression[tag.name='css'] TemplateElement[value.raw=${pattern}]`,
          message: 'use logical CSS (inline/block, start/end) so right-to-left layouts mirror',
        })),
      ],
    },
  },
  {
    files: ['test/**/*.ts', '*.config.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
