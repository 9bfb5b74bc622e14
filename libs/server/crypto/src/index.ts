export * from './lib/field-cipher';
export * from './lib/totp';
