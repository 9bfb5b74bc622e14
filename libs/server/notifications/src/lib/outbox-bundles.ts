/**
 * An outbox bundle: many messages of one topic in one outbox row (`bundle_size` set, `recipient_ids` empty), as a
 * move of many applications writes them. The payload holds the messages column by column — arrays build and store
 * far faster in PostgreSQL than a thousand small objects. The worker writes each message out as an ordinary outbox
 * row (`bundledMessages`), which then goes out exactly as a row the API had written itself would.
 */
export interface OutboxBundle {
  /** Each message's aggregate id. */
  aggregateIds: string[];
  /** Each message's recipients, at the same position: account ids separated by spaces (arrays of arrays must be square in PostgreSQL). */
  recipientIds: string[];
  /** Payload fields that differ from message to message: one value per message, at the same positions. */
  columns: Record<string, unknown[]>;
  /** Payload fields that every message has alike. */
  constants: Record<string, unknown>;
}

export interface BundledMessage {
  /** From 1, the message's position in its bundle. */
  index: number;
  aggregateId: string;
  recipientIds: string[];
  payload: Record<string, unknown>;
}

/** The messages of a bundle, in order; throws on a payload that is no bundle (a writer's bug, not something to guess around). */
export function bundledMessages(bundle: OutboxBundle): BundledMessage[] {
  const count = bundle.aggregateIds?.length;
  const columns = Object.entries(bundle.columns ?? {});
  if (count === undefined || bundle.recipientIds?.length !== count || columns.some(([, values]) => values.length !== count)) {
    throw new Error('An outbox bundle needs one aggregate id, one recipient list and one value of each column per message');
  }
  return bundle.aggregateIds.map((aggregateId, position) => ({
    index: position + 1,
    aggregateId,
    recipientIds: bundle.recipientIds[position].split(' ').filter((id) => id !== ''),
    payload: { ...bundle.constants, ...Object.fromEntries(columns.map(([name, values]) => [name, values[position]])) },
  }));
}
