import type { Provider } from '@nestjs/common';
import { FieldCipher, parseKeyring } from '@jumush/server/crypto';
import { ApiConfig } from '@jumush/server/config';

/** The cipher for passport numbers, from the configured keyring. */
export const passportCipherProvider: Provider = {
  provide: FieldCipher,
  inject: [ApiConfig],
  useFactory: (config: ApiConfig) =>
    new FieldCipher(parseKeyring(config.PASSPORT_ENCRYPTION_KEYS), Buffer.from(config.PASSPORT_BLIND_INDEX_KEY, 'base64')),
};

/** Additional authenticated data: a passport ciphertext only decrypts as a passport number. */
export const PASSPORT_CONTEXT = 'candidate.passportNumber';
