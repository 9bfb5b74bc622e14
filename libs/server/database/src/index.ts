export * from './entities';
export * from './lib/data-source-options';
export * from './lib/run-migrations';
export * from './lib/query-rows';
export * from './lib/unique-violation';
