import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * Layers, lowest first: each may import only itself and the layers below it, whatever the folder
 * depth (import-x resolves every import to its file). Features never import each other.
 */
const LAYERS = [
  ['domain'],
  ['lib', 'config', 'i18n'],
  ['api', 'stores'],
  ['hooks'],
  ['components', 'charts'],
  ['features'],
  ['app'],
];
const FEATURES = ['commitments', 'filters', 'overview', 'records', 'report', 'resolutions', 'targets', 'timeline', 'present', 'workspace', 'calendar', 'meetings'];
const above = (i) => LAYERS.slice(i + 1).flat();
const layerZones = LAYERS.flatMap((layer, i) =>
  above(i).length === 0
    ? []
    : layer.map((folder) => ({
        target: `./src/${folder}`,
        from: above(i).map((f) => `./src/${f}`),
        message: `src/${folder} is below ${above(i).join(', ')} and never imports them.`,
      })),
);
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'A feature never imports another feature: move what both need to a shared layer.',
}));
// The team workspace's server (src/server/) shares the record's definition with the client and nothing else.
const serverZones = [
  {
    target: './src/server',
    from: ['api', 'stores', 'hooks', 'components', 'charts', 'features', 'app', 'i18n'].map((f) => `./src/${f}`),
    message: 'The server shares only src/domain, src/lib and src/config with the client.',
  },
  { target: [...LAYERS.flat().map((f) => `./src/${f}`), './src/sw.ts', './src/main.tsx'], from: './src/server', message: 'The client never imports the server.' },
];
// src/main.tsx alone may start msw's worker in development.
const testZones = [{ target: [...LAYERS.flat().map((f) => `./src/${f}`), './src/sw.ts'], from: ['./test', './mocks'], message: 'src never imports test/ or mocks/.' }];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'test-results-*', 'playwright-report', 'bench-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones, ...serverZones, ...testZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // One translate function per language, shared (src/hooks/use-translation.ts).
      'no-restricted-imports': ['error', { paths: [{ name: 'react-i18next', importNames: ['useTranslation'], message: 'Use useTranslation from src/hooks/use-translation.' }] }],
    },
  },
);
