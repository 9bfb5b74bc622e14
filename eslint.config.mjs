import nx from '@nx/eslint-plugin';

const serverPackages = ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', 'express', 'passport*', 'nestjs-pino', 'pino*'];
const frameworkPackages = [...serverPackages, '@angular/*', 'rxjs', 'class-validator', 'class-transformer'];

/** Who may import whom, by Nx tags. Exported so a project can add to `allow` (system-tests/eslint.config.mjs) without copying the rules. */
export const moduleBoundaries = {
  enforceBuildableLibDependency: true,
  allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
  depConstraints: [
    // Domain rules are pure TypeScript: they import nothing but themselves.
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: frameworkPackages },
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: serverPackages },
    { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
    // The browser never imports server code.
    { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'], bannedExternalImports: serverPackages },
    { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
    { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:server', 'scope:shared'] },
    { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:worker', 'scope:server', 'scope:shared'] },
    // Tests that need the API and the worker together; they reach the apps only through their testing entries.
    { sourceTag: 'scope:system-test', onlyDependOnLibsWithTags: ['scope:api', 'scope:worker', 'scope:server', 'scope:shared'] },
    // Browser journeys use the shared rules (e.g. to make valid registration numbers), never server code.
    { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
    // The typed API client is generated from docs/openapi.json and imports nothing of ours.
    { sourceTag: 'type:client', onlyDependOnLibsWithTags: [] },
  ],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.data', '**/test-output'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules that catch real bugs: forgotten awaits, promises where callbacks belong, unhandled enum cases.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'A focused test silently skips the rest.' },
        { object: 'it', property: 'only', message: 'A focused test silently skips the rest.' },
        { object: 'test', property: 'only', message: 'A focused test silently skips the rest.' },
      ],
      'no-restricted-globals': ['error', 'fdescribe', 'fit'],
      // Tests assert shapes first; a non-null assertion after that is clearer than another guard.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
];
