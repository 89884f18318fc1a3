// ESLint flat config: typescript-eslint's recommended rules, type-only imports marked as such,
// no `any`, and no import cycle (eslint-plugin-import-x, resolving TypeScript paths).
// Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.wrangler/',
      'coverage/',
      'test/golden/',
      'worker-configuration.d.ts',
      'public/docs/vendor/',
      'artifacts/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The page: plain scripts that run in the browser.
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        sessionStorage: 'readonly',
        fetch: 'readonly',
        FileReader: 'readonly',
        HTMLElement: 'readonly',
        Blob: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        requestAnimationFrame: 'readonly',
        SwaggerUIBundle: 'readonly',
      },
    },
  },
)
