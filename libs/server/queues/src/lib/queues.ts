/**
 * Every queue, job name, payload type and retry policy of Jumush, declared once.
 * The API only produces jobs; the worker registers exactly one handler per job name.
 */
import { createHash } from 'node:crypto';
import type { DefaultJobOptions, RateLimiterOptions } from 'bullmq';

export const QueueName = {
  /** Operational jobs: the smoke test of the API → queue → worker path. */
  System: 'system',
  /** One `notify` job per relay batch (up to 500 outbox rows): expands each event into one delivery per recipient and channel. */
  Notifications: 'notifications',
  /**
   * Deliveries, one queue per channel. BullMQ's rate limiter works per queue (group keys are a
   * BullMQ Pro feature), so a queue per channel is what lets SMS, e-mail and Telegram each keep to
   * their provider's rate while in-app notifications go as fast as the database takes them.
   */
  DeliveriesInApp: 'deliveries-in-app',
  DeliveriesEmail: 'deliveries-email',
  DeliveriesSms: 'deliveries-sms',
  DeliveriesTelegram: 'deliveries-telegram',
  /** Delayed reminders (deadlines, departure); each writes an outbox row when it comes due. */
  Reminders: 'reminders',
  /** Vacancy lifecycle jobs: closing vacancies whose deadline passed or whose positions are filled. Consumed by the API (see QUEUE_CONSUMERS). */
  Vacancies: 'vacancies',
  /** Stored-file upkeep: the sweep of files no row references (a crash between a commit and a removal). Consumed by the API. */
  Files: 'files',
  /** Webhook deliveries to employers' endpoints, one job per delivery; each endpoint's deliveries go in order. */
  Webhooks: 'webhooks',
  /** The daily snapshot of the open data sets. Consumed by the API, where the data sets are computed (apps/api/src/app/open-data). */
  OpenData: 'open-data',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const SystemJob = {
  Smoke: 'smoke',
  /** Records the audit chain's head for the day (once per UTC day, however often it runs). */
  PublishAuditHead: 'publish-audit-head',
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

export interface PublishAuditHeadJobData {
  /** Nothing to choose: the head is the chain's last link when the job runs, published for that UTC day. */
  reason?: 'schedule' | 'manual';
}

export interface PublishAuditHeadJobReturn {
  /** The UTC day, YYYY-MM-DD. */
  publishedOn: string;
  /** False when that day's head was published already (a retry or a second run): nothing changed. */
  published: boolean;
}

/** The one daily schedule of the head's publication: upserted at every worker start, never a second one. */
export const AUDIT_HEAD_SCHEDULER_ID = jobIdFor(QueueName.System, SystemJob.PublishAuditHead);

/** Every day at 00:05 UTC, and a run at each start catches a day the worker was away. */
export const AUDIT_HEAD_PUBLICATION_PATTERN = '5 0 * * *';

export const NotificationJob = {
  Notify: 'notify',
} as const;
export type NotificationJob = (typeof NotificationJob)[keyof typeof NotificationJob];

export const DeliveryJob = {
  Deliver: 'deliver',
} as const;
export type DeliveryJob = (typeof DeliveryJob)[keyof typeof DeliveryJob];

export const ReminderJob = {
  Remind: 'remind',
} as const;
export type ReminderJob = (typeof ReminderJob)[keyof typeof ReminderJob];

export const VacancyJob = {
  /** Closes every published vacancy past its application deadline (Moscow calendar) or with every position filled. */
  CloseDue: 'close-due',
} as const;
export type VacancyJob = (typeof VacancyJob)[keyof typeof VacancyJob];

export interface CloseDueVacanciesJobData {
  /** Only these vacancies (if due); absent: every due vacancy. */
  vacancyIds?: string[];
}

export interface CloseDueVacanciesJobReturn {
  /** Vacancy ids closed by this run, each with its cause. */
  closed: Array<{ vacancyId: string; cause: 'deadlinePassed' | 'filled' }>;
  /** Open applications of those vacancies that were closed (their applicants are told). */
  applicationsClosed: number;
}

export const FileJob = {
  /** Removes stored files that no row references and that are older than the grace period. */
  SweepOrphans: 'sweep-orphans',
} as const;
export type FileJob = (typeof FileJob)[keyof typeof FileJob];

export interface SweepOrphanFilesJobData {
  /** Files stored less than this long ago are left alone, whatever references them; absent: ORPHAN_FILE_GRACE_SECONDS. */
  graceSeconds?: number;
}

export interface SweepOrphanFilesJobReturn {
  /** Stored files looked at. */
  listed: number;
  /** Orphans removed by this run. */
  removed: number;
}

/** The one repeatable schedule of the orphan-file sweep, upserted at every API start. */
export const OpenDataJob = {
  /** Stores the day's open data sets (JSON and CSV) and the audit chain's head as an immutable snapshot, once per Moscow date. */
  Snapshot: 'snapshot',
} as const;
export type OpenDataJob = (typeof OpenDataJob)[keyof typeof OpenDataJob];

export interface OpenDataSnapshotJobData {
  /** The Moscow date (YYYY-MM-DD) the snapshot is of; absent: today's, when the job runs. */
  date?: string;
}

export interface OpenDataSnapshotJobReturn {
  date: string;
  /** False when that date had its snapshot already (a retry or a second run): nothing changed. */
  created: boolean;
}

export const OPEN_DATA_SNAPSHOT_SCHEDULER_ID = jobIdFor(QueueName.OpenData, OpenDataJob.Snapshot);

/** Moscow midnight, every day (the scheduler's time zone is Europe/Moscow). */
export const OPEN_DATA_SNAPSHOT_PATTERN = '0 0 * * *';

export const ORPHAN_FILE_SWEEP_SCHEDULER_ID = jobIdFor(QueueName.Files, FileJob.SweepOrphans);

/** The one repeatable schedule of the closing job: upserting it again (every API start) replaces it, never adds a second. */
export const VACANCY_CLOSING_SCHEDULER_ID = jobIdFor(QueueName.Vacancies, VacancyJob.CloseDue);

/** A delivery channel, as the queues name it (the same values as the contracts' NotificationChannel). */
export type DeliveryChannel = 'IN_APP' | 'EMAIL' | 'SMS' | 'TELEGRAM';

export const DELIVERY_QUEUES: Record<DeliveryChannel, QueueName> = {
  IN_APP: QueueName.DeliveriesInApp,
  EMAIL: QueueName.DeliveriesEmail,
  SMS: QueueName.DeliveriesSms,
  TELEGRAM: QueueName.DeliveriesTelegram,
};

/**
 * Fan-out of a relay batch: outbox rows in creation order. Only ids travel through Redis: the worker
 * reads the rest (and every personal detail) from PostgreSQL.
 */
export interface NotifyJobData {
  /** outbox_messages.id (bigint, as strings), ascending. */
  outboxIds: string[];
}

export interface NotifyJobReturn {
  /** Delivery records written or found PENDING. */
  deliveries: number;
  /** Delivery jobs queued for them. */
  jobs: number;
}

/**
 * Deliveries on one channel: notification_deliveries ids (bigint, as strings), ascending. A recording
 * channel (in-app, captured SMS) writes a whole chunk in one statement; an external provider gets
 * one message per job (DELIVERY_CHUNK_SIZE), so the queue's rate limit bounds messages, not jobs.
 */
export interface DeliverJobData {
  channel: DeliveryChannel;
  deliveryIds: string[];
}

export interface DeliverJobReturn {
  delivered: number;
  /** Delivered (or failed for good) before this job looked: a duplicate or a retry. */
  alreadyDone: number;
  skipped: number;
  /** Failed for good in this job (an external provider refused). */
  failed: number;
}

/**
 * Deliveries per job. Recording channels write a chunk in one statement (500: a relay batch's worth,
 * so a batch decision is one job per channel); an external provider is called once per job, so
 * `limiter.max` per second is also its bound in messages.
 */
export const DELIVERY_CHUNK_SIZE = { recording: 500, external: 1 } as const;

/**
 * `overdue` marks its batch overdue if still undecided (first in the attaché's queue) and tells the admins, the country's supervisors (topic `reminder.overdue`). `check_in` asks the
 * arrived migrant the day-N questions, unless they answered already or the job ended.
 */
export type ReminderKind = 'deadline' | 'departure' | 'overdue' | 'check_in';

/** A reminder that comes due later: when it does, the worker writes an outbox row with topic `reminder.<kind>`. */
export interface RemindJobData {
  kind: ReminderKind;
  recipientIds: string[];
  /** What the reminder is about (e.g. "batch", "application") and its id. */
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

export interface RemindJobReturn {
  outboxId: string | null;
}

export const WebhookJob = {
  /** POSTs one delivery to its endpoint, signed; waits (without using an attempt) while an earlier delivery of the endpoint is undone. */
  Deliver: 'deliver',
} as const;
export type WebhookJob = (typeof WebhookJob)[keyof typeof WebhookJob];

/** One webhook delivery (webhook_deliveries.id, bigint as a string); the worker reads the rest from PostgreSQL. */
export interface WebhookDeliverJobData {
  deliveryId: string;
}

export interface WebhookDeliverJobReturn {
  /** What became of the delivery: sent and answered 2xx, not sent (its endpoint is switched off), or already done before this job looked. */
  outcome: 'delivered' | 'skipped' | 'alreadyDone';
  responseStatus?: number;
}

/** A webhook delivery's job: `webhook.<deliveryId>` (a replay is a delivery of its own, so a job of its own). */
export const webhookJobId = (deliveryId: string) => jobIdFor('webhook', deliveryId);

/** Job names each queue carries; the worker refuses to start if one has no handler. */
export const JOBS_BY_QUEUE: Record<QueueName, readonly string[]> = {
  [QueueName.System]: Object.values(SystemJob),
  [QueueName.Notifications]: Object.values(NotificationJob),
  [QueueName.DeliveriesInApp]: Object.values(DeliveryJob),
  [QueueName.DeliveriesEmail]: Object.values(DeliveryJob),
  [QueueName.DeliveriesSms]: Object.values(DeliveryJob),
  [QueueName.DeliveriesTelegram]: Object.values(DeliveryJob),
  [QueueName.Reminders]: Object.values(ReminderJob),
  [QueueName.Vacancies]: Object.values(VacancyJob),
  [QueueName.Files]: Object.values(FileJob),
  [QueueName.Webhooks]: Object.values(WebhookJob),
  [QueueName.OpenData]: Object.values(OpenDataJob),
};

/**
 * Which process consumes each queue; each refuses to start unless it handles every queue assigned to it. Vacancy jobs
 * run in the API because closing a vacancy moves its open applications through the API's one application-move
 * module (apps/api/src/app/applications), which the worker may not import. File jobs run in the API because the
 * storage drivers and their settings (FILE_STORAGE, S3_*) live there: a second copy in the worker could point at
 * another folder or bucket and call every file there an orphan.
 */
export const QUEUE_CONSUMERS: Record<QueueName, 'api' | 'worker'> = {
  [QueueName.System]: 'worker',
  [QueueName.Notifications]: 'worker',
  [QueueName.DeliveriesInApp]: 'worker',
  [QueueName.DeliveriesEmail]: 'worker',
  [QueueName.DeliveriesSms]: 'worker',
  [QueueName.DeliveriesTelegram]: 'worker',
  [QueueName.Reminders]: 'worker',
  [QueueName.Vacancies]: 'api',
  [QueueName.Files]: 'api',
  [QueueName.Webhooks]: 'worker',
  [QueueName.OpenData]: 'api',
};

/** The queues `consumer` must consume. */
export const queuesConsumedBy = (consumer: 'api' | 'worker'): QueueName[] =>
  Object.values(QueueName).filter((queue) => QUEUE_CONSUMERS[queue] === consumer);

/** Retries with exponential backoff; bounded retention so Redis does not grow forever. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};

export interface QueuePolicy {
  jobOptions: DefaultJobOptions;
  /** At most `max` jobs per `duration` ms across every worker of the queue. */
  limiter?: RateLimiterOptions;
}

/**
 * Completed notification jobs are kept a day: while a job is kept, adding it again under the same
 * id is a no-op, which is what makes the relay and the fan-out idempotent. After that the delivery
 * records in PostgreSQL still stop a second send.
 */
const NOTIFICATION_RETENTION = {
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 100_000 },
} satisfies DefaultJobOptions;

/** Up to 8 attempts over about 4 minutes (1 s, 2 s, … 128 s, each ±50 %), then the failed set. */
const DELIVERY_RETRIES = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
} satisfies DefaultJobOptions;

/** Retry policy, retention and rate limit of each queue. */
export const QUEUE_POLICIES: Record<QueueName, QueuePolicy> = {
  [QueueName.System]: { jobOptions: DEFAULT_JOB_OPTIONS },
  [QueueName.Notifications]: {
    jobOptions: {
      ...NOTIFICATION_RETENTION,
      attempts: 10,
      backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
    },
  },
  [QueueName.DeliveriesInApp]: {
    jobOptions: { ...NOTIFICATION_RETENTION, ...DELIVERY_RETRIES },
  },
  // A mail relay takes a few dozen messages a second per connection pool.
  [QueueName.DeliveriesEmail]: {
    jobOptions: { ...NOTIFICATION_RETENTION, ...DELIVERY_RETRIES },
    limiter: { max: 20, duration: 1_000 },
  },
  // SMS gateways sell throughput by the second; 1,000 approvals go out over 20 s instead of flooding it.
  [QueueName.DeliveriesSms]: {
    jobOptions: { ...NOTIFICATION_RETENTION, ...DELIVERY_RETRIES },
    limiter: { max: 50, duration: 1_000 },
  },
  // Telegram allows a bot about 30 messages a second overall.
  [QueueName.DeliveriesTelegram]: {
    jobOptions: { ...NOTIFICATION_RETENTION, ...DELIVERY_RETRIES },
    limiter: { max: 25, duration: 1_000 },
  },
  [QueueName.Reminders]: {
    jobOptions: {
      ...NOTIFICATION_RETENTION,
      attempts: 10,
      backoff: { type: 'exponential', delay: 5_000, jitter: 0.5 },
    },
  },
  // A failed sweep is retried a few times; the next scheduled run catches whatever it left.
  [QueueName.Vacancies]: {
    jobOptions: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 10_000, jitter: 0.5 },
      removeOnComplete: { age: 24 * 3600, count: 500 },
      removeOnFail: { age: 7 * 24 * 3600, count: 1_000 },
    },
  },
  // The sweep is idempotent: a failed run is retried twice, and the next scheduled run finishes what it left.
  [QueueName.Files]: {
    jobOptions: {
      attempts: 3,
      backoff: { type: 'exponential', delay: 30_000, jitter: 0.5 },
      removeOnComplete: { age: 7 * 24 * 3600, count: 100 },
      removeOnFail: { age: 30 * 24 * 3600, count: 100 },
    },
  },
  // A receiver may be down for a while: 8 attempts over about 4 minutes (1 s … 128 s), then the delivery is given up
  // (the owner replays it); the endpoint is switched off after repeated failures (WebhookDisablePolicy in the domain).
  [QueueName.Webhooks]: {
    jobOptions: { ...NOTIFICATION_RETENTION, ...DELIVERY_RETRIES },
  },
  // A snapshot is idempotent per date: a failed run is retried a few times, and the next start catches up the day.
  [QueueName.OpenData]: {
    jobOptions: {
      attempts: 5,
      backoff: { type: 'exponential', delay: 30_000, jitter: 0.5 },
      removeOnComplete: { age: 30 * 24 * 3600, count: 100 },
      removeOnFail: { age: 30 * 24 * 3600, count: 100 },
    },
  },
};

/**
 * Deterministic job ids make enqueueing idempotent: the same id is only ever added once. The parts
 * are joined with "." — BullMQ 6 refuses ":" in custom ids (it keeps "a:b:c" for legacy repeatable jobs).
 */
export function jobIdFor(name: string, ...keys: Array<string | number>): string {
  return [name, ...keys].join('.');
}

/** Numeric order of bigint ids as decimal strings (no sign, no leading zeros): shorter is smaller, then by characters. */
const byNumber = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** `<first>` for one id, `<first>-<last>.<hash of all>` for several: the same set of ids always gives the same key. */
function idSetKey(ids: readonly string[]): string {
  if (ids.length === 0) throw new Error('A job needs at least one id');
  const sorted = [...ids].sort(byNumber);
  if (sorted.length === 1) return sorted[0];
  const hash = createHash('sha1').update(sorted.join(',')).digest('hex').slice(0, 16);
  return `${sorted[0]}-${sorted[sorted.length - 1]}.${hash}`;
}

/** The fan-out job of outbox rows: `outbox.<id>`, or `outbox.<first>-<last>.<hash>` for a batch. */
export const notifyJobId = (outboxIds: readonly string[]) => jobIdFor('outbox', idSetKey(outboxIds));

/** A delivery job: `deliver.<channel>.<deliveryId>`, or `deliver.<channel>.<first>-<last>.<hash>` for a chunk. */
export const deliverJobId = (data: DeliverJobData) => jobIdFor(DeliveryJob.Deliver, data.channel, idSetKey(data.deliveryIds));

/**
 * The provider's idempotency key of one message (SMS gateway header, e-mail Message-ID):
 * `deliver.<outboxId>.<accountId>.<channel>`, the same on every attempt and whatever job carries it.
 */
export const deliveryIdempotencyKey = (delivery: { outboxId: string; accountId: string; channel: DeliveryChannel }) =>
  jobIdFor(DeliveryJob.Deliver, delivery.outboxId, delivery.accountId, delivery.channel);

/** Splits deliveries of one channel into jobs of at most `chunkSize`, ids ascending. */
export function deliveryChunks(channel: DeliveryChannel, deliveryIds: readonly string[], chunkSize: number): DeliverJobData[] {
  const sorted = [...new Set(deliveryIds)].sort(byNumber);
  const size = Math.max(1, Math.floor(chunkSize));
  const chunks: DeliverJobData[] = [];
  for (let offset = 0; offset < sorted.length; offset += size) chunks.push({ channel, deliveryIds: sorted.slice(offset, offset + size) });
  return chunks;
}

/** A reminder: `remind.<kind>.<aggregateId>.<dueDate>`; scheduling the same reminder twice is a no-op. */
export const remindJobId = (data: Pick<RemindJobData, 'kind' | 'aggregateId'>, dueAt: Date) =>
  jobIdFor(ReminderJob.Remind, data.kind, data.aggregateId, dueAt.toISOString().slice(0, 10));
