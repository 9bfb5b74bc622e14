/** Opens the one-time secrets the API sealed in outbox payloads (security.ts in @jumush/server/notifications). */
import { randomBytes } from 'node:crypto';
import type { Provider } from '@nestjs/common';
import { FieldCipher, parseKeyring } from '@jumush/server/crypto';
import { WorkerConfig } from '@jumush/server/config';

export const SECRET_OPENER = Symbol('SECRET_OPENER');

export const secretOpenerProvider: Provider = {
  provide: SECRET_OPENER,
  inject: [WorkerConfig],
  // The worker only decrypts: it never computes a blind index, so its index key is a throwaway one.
  useFactory: (config: WorkerConfig) => new FieldCipher(parseKeyring(config.PASSPORT_ENCRYPTION_KEYS), randomBytes(32)),
};
