/** Audit event → the history line every context shows (a company's decisions, a vacancy's). */
import type { AuditEventView } from '@jumush/contracts';
import type { AuditEventEntity } from '@jumush/server/database';

export function toAuditEventView(event: AuditEventEntity): AuditEventView {
  return {
    action: event.action,
    actorRole: event.actorRole,
    reason: event.reason,
    data: event.data,
    createdAt: event.createdAt.toISOString(),
  };
}
