/** What the system tests (system-tests/, API and worker together) may use of the API: `@jumush/api/testing`. */
export * from './test-api';
export * from './factories';
export * from './candidate-fixtures';
export { DemoDataSeeder } from '../app/demo-data/demo-data.seeder';
export * from './s3-server';
export * from './api-instances';
export * from './registration-numbers';
export * from './two-factor';
export * from './grievances';
export * from './migrants';
export { OpenDataSnapshotProcessor } from '../app/open-data/open-data-snapshot.processor';
