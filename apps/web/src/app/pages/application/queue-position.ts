/** "3rd of 41 waiting for the attaché; usually decided within 2 days": the waiting migrant's place and usual wait. */
import type { MyApplicationView } from '@jumush/contracts/client';

export interface QueuePhrase {
  key: 'applicationPage.queue.employer' | 'applicationPage.queue.attache';
  position: number;
  total: number;
  /** What the stage usually takes (the median of the last 90 days, else the target), whole days; null when unknown. */
  days: number | null;
}

export function queuePhrase(application: MyApplicationView): QueuePhrase | null {
  const queue = application.queue;
  if (!queue || queue.total < 1 || queue.position < 1) return null;
  const expected = application.next.expected;
  return {
    key: queue.owner === 'employer' ? 'applicationPage.queue.employer' : 'applicationPage.queue.attache',
    position: queue.position,
    total: queue.total,
    days: expected ? Math.max(1, Math.ceil(expected.days)) : null,
  };
}
