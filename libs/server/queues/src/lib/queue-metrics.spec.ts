import { Registry } from 'prom-client';
import { QUEUE_JOB_STATES, registerQueueDepthGauge, type CountableQueue } from './queue-metrics';

function queueWith(name: string, counts: Record<string, number> | Error): CountableQueue {
  return {
    name,
    getJobCounts: (...states: string[]) => {
      if (counts instanceof Error) return Promise.reject(counts);
      return Promise.resolve(Object.fromEntries(states.filter((state) => state in counts).map((state) => [state, counts[state]])));
    },
  } as CountableQueue;
}

describe('the queue-depth gauge', () => {
  it('reports every state of every queue at each scrape, a state not counted as 0', async () => {
    const registry = new Registry();
    const queues = [queueWith('notifications', { waiting: 3, failed: 1 }), queueWith('reminders', { delayed: 7 })];
    registerQueueDepthGauge(registry, () => queues);
    const [metric] = (await registry.getMetricsAsJSON()).filter((m) => m.name === 'jumush_queue_jobs');
    const values = Object.fromEntries(metric.values.map((v) => [`${v.labels['queue']}/${v.labels['state']}`, v.value]));
    expect(Object.keys(values)).toHaveLength(2 * QUEUE_JOB_STATES.length);
    expect(values).toMatchObject({ 'notifications/waiting': 3, 'notifications/failed': 1, 'notifications/active': 0, 'reminders/delayed': 7 });
  });

  it('keeps the other queues when one cannot be read, and asks for the queues again at each scrape', async () => {
    const registry = new Registry();
    const queues = [queueWith('broken', new Error('Redis is down'))];
    registerQueueDepthGauge(registry, () => queues);
    expect(await registry.getSingleMetricAsString('jumush_queue_jobs')).not.toContain('queue="broken"');
    queues.push(queueWith('later', { waiting: 2 }));
    expect(await registry.getSingleMetricAsString('jumush_queue_jobs')).toContain('jumush_queue_jobs{queue="later",state="waiting"} 2');
  });
});
