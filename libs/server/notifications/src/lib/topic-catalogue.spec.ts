import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NOTIFICATION_LOCALES, NOTIFICATION_TYPES, NotificationType, OUTBOX_TOPICS, OutboxTopic } from '@jumush/contracts/client';
import { APPLICATION_MOVES, Role, applicationMoveTarget } from '@jumush/domain';
import { TEMPLATES } from './templates';
import { TOPIC_CATALOGUE, isSilentRule, isSilentTopic, notificationTypeFor, topicRuleOf, unhandledReason } from './topic-catalogue';

const ROOT = join(__dirname, '../../../../..');
const ROLES = Object.values(Role);

/** Every non-test TypeScript file of the apps and libraries (the web app writes no outbox rows, but is scanned too). */
function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (name.endsWith('.ts') && !/\.(spec|int-spec|e2e)\.ts$/.test(name)) found.push(path);
  }
  return found;
}

const SOURCES = [...sourceFiles(join(ROOT, 'apps')), ...sourceFiles(join(ROOT, 'libs'))].map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/**
 * The files that write outbox rows in SQL rather than through OutboxService (whose `topic` is typed OutboxTopic, so the
 * compiler checks it), and how their topics are derived: each derivation is checked below. A new SQL writer fails
 * this test until it is added here with a check of its topics.
 */
const SQL_WRITERS: Record<string, string> = {
  'apps/api/src/app/applications/application-moves.repository.ts':
    "'application.' || lower(<target of an APPLICATION_MOVES move>), and 'application.submitted'",
  'apps/api/src/app/vacancies/vacancies.repository.ts': 'OutboxTopic.VacancyChanged, passed as a typed parameter',
  'apps/worker/src/app/notifications/fan-out.service.ts': "the topic of the bundle it writes out (a bundle's writer is listed here)",
  'apps/worker/src/app/notifications/reminders.service.ts': "'reminder.' || <ReminderKind> for the kinds that write one",
  'libs/server/notifications/src/testing/notification-test-kit.ts': 'the topic a test passes in (test kit only)',
  'apps/worker/src/app/webhooks/webhooks.repository.ts': 'OutboxTopic.WebhookDisabled, passed as a typed parameter',
  'apps/api/src/app/batches/batches.repository.ts': 'OutboxTopic.BatchDecided or OutboxTopic.BatchReturned, typed as exactly those',
};

/** Reminder kinds that come due without writing an outbox row, and why. */
const REMINDERS_WITHOUT_OUTBOX: Record<string, string> = {
  overdue: 'marks the undecided batch overdue in the attaché queue; the deadline reminder before it told the attaché',
};

describe('the topic catalogue', () => {
  it('has a rule for every outbox topic: recipients and notification types, or the reason for its silence', () => {
    expect(Object.keys(TOPIC_CATALOGUE).sort()).toEqual([...OUTBOX_TOPICS].sort());
    for (const topic of OUTBOX_TOPICS) {
      const rule = TOPIC_CATALOGUE[topic];
      if (isSilentRule(rule)) expect(rule.silentBecause.trim().length).toBeGreaterThan(20);
      else {
        expect(rule.recipients.trim()).not.toBe('');
        expect(rule.types.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(OUTBOX_TOPICS.filter((topic) => !isSilentTopic(topic)))('%s: every type it gives has a template in all five languages', (topic) => {
    const rule = TOPIC_CATALOGUE[topic];
    if (isSilentRule(rule)) throw new Error('silent');
    const given = new Set<NotificationType>();
    for (const role of ROLES)
      for (const from of [null, 'SUBMITTED', 'IN_BATCH'])
        for (const decision of [null, 'uphold', 'reject']) {
          const type = rule.typeFor({ topic, payload: { from, decision } }, role);
          if (type) given.add(type);
        }
    expect([...given].sort()).toEqual([...rule.types].sort());
    expect(NOTIFICATION_LOCALES).toHaveLength(5);
    for (const type of rule.types)
      for (const locale of NOTIFICATION_LOCALES) {
        const template = TEMPLATES[locale][type];
        expect({ type, locale, title: !!template?.title.trim(), body: !!template?.body.trim(), sms: !!template?.sms.trim() }).toEqual({
          type,
          locale,
          title: true,
          body: true,
          sms: true,
        });
      }
  });

  it('leaves no notification type without a topic that sends it', () => {
    const sent = new Set(Object.values(TOPIC_CATALOGUE).flatMap((rule) => (isSilentRule(rule) ? [] : rule.types)));
    expect(NOTIFICATION_TYPES.filter((type) => !sent.has(type))).toEqual([]);
  });

  it('knows every topic an application move writes', () => {
    const topics = [...APPLICATION_MOVES.map((move) => `application.${applicationMoveTarget(move).toLowerCase()}`), OutboxTopic.ApplicationSubmitted];
    expect(topics.filter((topic) => !topicRuleOf(topic))).toEqual([]);
  });

  it('says why a recipient gets nothing for an unknown topic', () => {
    expect(notificationTypeFor({ topic: 'company.renamed', payload: {} }, Role.Employer)).toBeNull();
    expect(isSilentTopic('company.renamed')).toBe(false);
    expect(unhandledReason({ topic: 'company.renamed', payload: {} }, Role.Employer)).toContain('not in the notification catalogue');
  });
});

describe('the source writes only catalogued topics', () => {
  it('in every `topic:` of an outbox write', () => {
    const found: string[] = [];
    for (const { path, text } of SOURCES)
      for (const line of text.split('\n').filter((line) => /\btopic\b/.test(line) && !line.trim().startsWith('*')))
        for (const [, topic] of line.matchAll(/['"`]((?:application|batch|company|vacancy|reminder|letter|account)\.[a-z_]+)['"`]/g))
          found.push(`${path}: ${topic}`);
    expect(found.filter((entry) => !topicRuleOf(entry.split(': ')[1]))).toEqual([]);
    // Not vacuous: the batch services write their topics this way.
    expect(found.some((entry) => entry.endsWith(': batch.submitted'))).toBe(true);
  });

  it('in every SQL statement that inserts into outbox_messages', () => {
    const writers = SOURCES.filter(({ text }) => /INSERT INTO outbox_messages/i.test(text)).map(({ path }) => path);
    expect(writers.filter((path) => !(path in SQL_WRITERS))).toEqual([]);
    expect(writers.length).toBeGreaterThanOrEqual(2);
  });

  it('in the vacancies repository, which passes its topic as a typed constant', () => {
    const repository = SOURCES.find(({ path }) => path.endsWith('vacancies/vacancies.repository.ts'));
    expect(repository?.text).toContain('[OutboxTopic.VacancyChanged,');
  });

  it("in the moves module's literal topics", () => {
    const moves = SOURCES.find(({ path }) => path.endsWith('application-moves.repository.ts'));
    expect(moves?.text).toContain("'application.' || lower(");
    const literals = [...(moves?.text ?? '').matchAll(/'(application\.[a-z_]+)'/g)].map(([, topic]) => topic);
    expect(literals.length).toBeGreaterThan(0);
    expect(literals.filter((topic) => !topicRuleOf(topic))).toEqual([]);
  });

  it('in every reminder kind that writes an outbox row', () => {
    const queues = SOURCES.find(({ path }) => path === 'libs/server/queues/src/lib/queues.ts');
    const union = queues?.text.match(/export type ReminderKind = ([^;]+);/)?.[1] ?? '';
    const kinds = [...union.matchAll(/'([a-z_]+)'/g)].map(([, kind]) => kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.filter((kind) => !topicRuleOf(`reminder.${kind}`) && !(kind in REMINDERS_WITHOUT_OUTBOX))).toEqual([]);
  });
});
