import {
  WEBHOOK_EVENT_OF_TOPIC,
  WEBHOOK_EVENT_TYPES,
  isPrivateAddress,
  isWebhookEventType,
  shouldDisableWebhook,
  webhookUrlRefusal,
} from './webhooks';

describe('webhook events', () => {
  it('derive every event from exactly one outbox topic', () => {
    expect(Object.values(WEBHOOK_EVENT_OF_TOPIC).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    expect(isWebhookEventType('application.created')).toBe(true);
    expect(isWebhookEventType('application.submitted')).toBe(false);
  });
});

describe('webhookUrlRefusal', () => {
  const production = { allowLocalHttp: false };
  const development = { allowLocalHttp: true };

  it.each([
    ['https://hr.example.ru/jumush/hooks', null],
    ['https://93.184.216.34/hook', null],
    ['http://hr.example.ru/hook', 'urlNotHttps'],
    ['ftp://hr.example.ru/hook', 'urlNotHttps'],
    ['not a url', 'urlInvalid'],
    ['https://user:pass@hr.example.ru/hook', 'urlInvalid'],
    ['https://127.0.0.1/hook', 'urlPrivate'],
    ['https://10.1.2.3/hook', 'urlPrivate'],
    ['https://169.254.169.254/latest/meta-data', 'urlPrivate'],
    ['https://[::1]/hook', 'urlPrivate'],
    ['https://[fd00::1]/hook', 'urlPrivate'],
    ['https://localhost/hook', 'urlPrivate'],
    ['https://printer.local/hook', 'urlPrivate'],
    ['http://127.0.0.1:8080/hook', 'urlNotHttps'],
  ])('refuses %s in production with %s', (url, refusal) => {
    expect(webhookUrlRefusal(url, production)).toBe(refusal);
  });

  it('accepts http://127.0.0.1 and http://localhost only behind the development flag, and nothing else local', () => {
    expect(webhookUrlRefusal('http://127.0.0.1:8080/hook', development)).toBeNull();
    expect(webhookUrlRefusal('http://localhost:8080/hook', development)).toBeNull();
    expect(webhookUrlRefusal('http://10.0.0.1/hook', development)).toBe('urlNotHttps');
    expect(webhookUrlRefusal('https://10.0.0.1/hook', development)).toBe('urlPrivate');
  });
});

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.20.30.40', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['100.64.0.1', true],
    ['169.254.169.254', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fc00::1', true],
    ['fd12:3456::1', true],
    ['ff02::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:8.8.8.8', false],
    ['2001:db8::1', true],
    ['2a00:1450:4010:c05::64', false],
    ['garbage', true],
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('shouldDisableWebhook', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('switches off after 10 failures in a row', () => {
    expect(shouldDisableWebhook({ consecutiveFailures: 9, failingSince: now }, now)).toBe(false);
    expect(shouldDisableWebhook({ consecutiveFailures: 10, failingSince: now }, now)).toBe(true);
  });
  it('switches off an endpoint failing for 24 hours without a success', () => {
    const dayAgo = new Date(now.getTime() - 24 * 3600 * 1000);
    expect(shouldDisableWebhook({ consecutiveFailures: 3, failingSince: dayAgo }, now)).toBe(true);
    expect(shouldDisableWebhook({ consecutiveFailures: 3, failingSince: new Date(dayAgo.getTime() + 1) }, now)).toBe(false);
    expect(shouldDisableWebhook({ consecutiveFailures: 0, failingSince: null }, now)).toBe(false);
  });
  it('follows the policy it is given', () => {
    expect(shouldDisableWebhook({ consecutiveFailures: 3, failingSince: now }, now, { consecutiveFailures: 3, failingForMs: 1_000 })).toBe(true);
  });
});
