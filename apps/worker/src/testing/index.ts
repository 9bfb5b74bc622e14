/** What the system tests (system-tests/, API and worker together) may use of the worker: `@jumush/worker/testing`. */
export * from './worker-test-kit';
export { WorkerModule } from '../app/worker.module';
export { RemindersService } from '../app/notifications/reminders.service';
