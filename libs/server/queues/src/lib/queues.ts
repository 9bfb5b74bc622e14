/**
 * Every queue, job name, payload type and retry policy of Jumush, declared once.
 * The API only produces jobs; the worker registers exactly one handler per job name.
 */
import type { DefaultJobOptions } from 'bullmq';

export const QueueName = {
  /** Operational jobs: the smoke test of the API → queue → worker path. */
  System: 'system',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const SystemJob = {
  Smoke: 'smoke',
} as const;
export type SystemJob = (typeof SystemJob)[keyof typeof SystemJob];

export interface SmokeJobData {
  echo: string;
  requestedAt: string;
}

export interface SmokeJobReturn {
  echo: string;
  processedBy: string;
}

/** Job names each queue carries; the worker refuses to start if one has no handler. */
export const JOBS_BY_QUEUE: Record<QueueName, readonly string[]> = {
  [QueueName.System]: Object.values(SystemJob),
};

/** Retries with exponential backoff; bounded retention so Redis does not grow forever. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

/** Deterministic job ids make enqueueing idempotent: the same id is only ever added once. */
export function jobIdFor(name: string, ...keys: Array<string | number>): string {
  return [name, ...keys].join(':');
}
