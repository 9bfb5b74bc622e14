export * from './lib/queues';
export * from './lib/redis-connection';
export * from './lib/realtime';
export * from './lib/reminders';
export * from './lib/departure-reminders';
export * from './lib/check-in-reminders';
export * from './lib/queue-metrics';
