import baseConfig, { moduleBoundaries } from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Apps are never imported, except here: the system tests start the API and the worker through their testing entries.
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { ...moduleBoundaries, allow: [...moduleBoundaries.allow, '@jumush/api/testing', '@jumush/worker/testing'] },
      ],
    },
  },
];
