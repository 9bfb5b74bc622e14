/** Tunables of the notification pipeline; production uses the defaults, tests shorten the timers. */
import type { NotificationChannel } from '@jumush/contracts';
import { DEFAULT_WEBHOOK_DISABLE_POLICY, type WebhookDisablePolicy } from '@jumush/domain';
import { DELIVERY_CHUNK_SIZE } from '@jumush/server/queues';
import type { ChannelAdapter } from './channels/channel-adapter';

export interface NotificationPipelineOptions {
  /** BullMQ key prefix (tests isolate themselves with their own). */
  queuePrefix: string;
  /** Run the BullMQ workers of the notification queues. */
  runWorkers: boolean;
  runRelay: boolean;
  runSweeper: boolean;
  relayIntervalMs: number;
  /** Outbox rows per relay round, and so per `notify` job. */
  relayBatchSize: number;
  /** Deliveries per job on a recording channel (in-app, captured SMS), written in one statement. */
  recordingChunkSize: number;
  sweepIntervalMs: number;
  /** A published row without fan-out, or a pending delivery, this old is queued again (its job may have been lost with Redis' data). */
  sweepGraceMs: number;
  /** How long a running job's lock lasts without renewal: a worker that died is noticed after about this long. */
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** Apply the per-channel rate limits of QUEUE_POLICIES (the benchmark measures the pipeline without them). */
  rateLimits: boolean;
  /** Replaces a channel's adapter (tests). */
  channelAdapters: Partial<Record<NotificationChannel, ChannelAdapter>>;
  /** Webhook deliveries: the first retry's delay (doubling after), the answer's time limit, how often a delivery waiting for its turn looks again, when to switch an endpoint off. */
  webhooks: { backoffMs: number; timeoutMs: number; orderPollMs: number; disablePolicy: WebhookDisablePolicy };
}

export const DEFAULT_PIPELINE_OPTIONS: NotificationPipelineOptions = {
  queuePrefix: 'bull',
  runWorkers: true,
  runRelay: true,
  runSweeper: true,
  // An idle poll is one index lookup on an empty partial index; 100 ms keeps state change → relay short.
  relayIntervalMs: 100,
  relayBatchSize: 500,
  recordingChunkSize: DELIVERY_CHUNK_SIZE.recording,
  sweepIntervalMs: 15_000,
  sweepGraceMs: 60_000,
  lockDurationMs: 30_000,
  stalledIntervalMs: 30_000,
  rateLimits: true,
  channelAdapters: {},
  webhooks: { backoffMs: 1_000, timeoutMs: 10_000, orderPollMs: 1_000, disablePolicy: DEFAULT_WEBHOOK_DISABLE_POLICY },
};

export const NOTIFICATION_PIPELINE_OPTIONS = Symbol('NOTIFICATION_PIPELINE_OPTIONS');
