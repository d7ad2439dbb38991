import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
  'net',
  'stream',
  'worker_threads',
  'util',
  'events',
];
const nodeModules = [
  {
    group: ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((name) => `${name}/*`)],
    message: 'Node modules belong to electron/main, not here.',
  },
];
const electronModules = [
  { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron; the renderer talks to the Host interface.' },
];
const reactModules = [
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-*', '@radix-ui/*', 'lucide-react'],
    message: 'React belongs to renderer/.',
  },
];
const dexieModules = [
  { group: ['dexie', 'dexie-*', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'Dexie lives only in renderer/data/.' },
];
const rendererFiles = [{ group: ['**/renderer/**', '**/renderer'], message: 'Only renderer/ and tests/ may import the renderer.' }];
const electronFiles = [{ group: ['**/electron/**'], message: 'Only electron/ may import the desktop shell.' }];

/** Layer rules of shared/docs/ARCHITECTURE.md: a wrong import fails `npm run lint`, and so `npm test`. */
export const layerRules = {
  shared: [...reactModules, ...dexieModules, ...electronModules, ...nodeModules, ...rendererFiles, ...electronFiles],
  renderer: [...electronModules, ...nodeModules, ...electronFiles],
  rendererOutsideData: [...electronModules, ...nodeModules, ...electronFiles, ...dexieModules],
  electron: [...reactModules, ...dexieModules, ...rendererFiles],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `import { type X }` still loads the module; a type-only import must not (it would pull zod into the start-up bundle).
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', { patterns: layerRules.shared }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', { patterns: layerRules.rendererOutsideData }] },
  },
  {
    files: ['renderer/data/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', { patterns: layerRules.renderer }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', { patterns: layerRules.electron }],
      // Events to the renderer are typed by shared/ipc.ts's `ipcEvents`: sent by `sendEvent`, heard by the preload's `listen`.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='send'][arguments.0.type='Literal']",
          message: "Send events with sendEvent (electron/main/ipcEvents.ts): they are typed by shared/ipc.ts's ipcEvents.",
        },
        {
          selector: "CallExpression[callee.object.name='ipcRenderer'][callee.property.name='on']",
          message: "Hear main's events with the preload's listen: they are typed by shared/ipc.ts's ipcEvents.",
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts', 'scripts/**/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
);
