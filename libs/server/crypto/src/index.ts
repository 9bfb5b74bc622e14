export * from './lib/field-cipher';
