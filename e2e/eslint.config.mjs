import baseConfig, { moduleBoundaries } from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Server code is never imported, except the crypto library's testing entry: the codes of the demo staff's seeded
    // authenticator secrets, computed by the one TOTP implementation.
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { ...moduleBoundaries, allow: [...moduleBoundaries.allow, '@jumush/server/crypto/testing'] }],
    },
  },
];
