export * from './lib/field-cipher';
export * from './lib/totp';
export * from './lib/webhook-signature';
