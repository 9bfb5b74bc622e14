export * from './lib/api.generated';
export * from './lib/client';
