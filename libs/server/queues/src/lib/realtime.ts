/** Redis pub/sub between the worker and every API instance: "a notification for this account was just written". */

/** One channel for every account: each API instance subscribes once and routes events to its own open streams. */
export const IN_APP_EVENTS_CHANNEL = 'jumush:in-app-notifications';

export interface InAppNotificationEvent {
  accountId: string;
  notificationId: string;
}

export function parseInAppNotificationEvent(message: string): InAppNotificationEvent | null {
  try {
    const value: unknown = JSON.parse(message);
    if (typeof value !== 'object' || value === null) return null;
    const { accountId, notificationId } = value as Record<string, unknown>;
    return typeof accountId === 'string' && typeof notificationId === 'string' ? { accountId, notificationId } : null;
  } catch {
    return null;
  }
}
