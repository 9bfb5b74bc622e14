/**
 * Test helpers for the notification pipeline (its own database, accounts, outbox rows, a disposable Redis, fake providers).
 * For tests only; not exported from the library's main entry point.
 */
export * from './notification-test-kit';
