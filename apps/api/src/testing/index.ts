/** What the system tests (system-tests/, API and worker together) may use of the API: `@jumush/api/testing`. */
export * from './test-api';
export { DemoDataSeeder } from '../app/demo-data/demo-data.seeder';
