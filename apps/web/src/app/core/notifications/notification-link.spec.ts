import { notificationTarget } from './notification-link';

const ORIGIN = 'https://jumush.kg';

describe('where a notification leads', () => {
  it('turns a full address on this site into the page’s path, keeping its language', () => {
    expect(notificationTarget('https://jumush.kg/ky/applications/a1/letter', 'ru', ORIGIN)).toEqual({
      kind: 'app',
      url: '/ky/applications/a1/letter',
    });
    expect(notificationTarget('https://jumush.kg/uz/vacancies/v1?from=sms#terms', 'ru', ORIGIN)).toEqual({
      kind: 'app',
      url: '/uz/vacancies/v1?from=sms#terms',
    });
  });

  it('puts a full address without a language under the current one', () => {
    expect(notificationTarget('https://jumush.kg/profile', 'tg', ORIGIN)).toEqual({ kind: 'app', url: '/tg/profile' });
  });

  it('never builds "/<lang>/http:" from a full address', () => {
    const target = notificationTarget('http://localhost:4200/ky/applications/a1', 'ky', 'http://localhost:4200');
    expect(target).toEqual({ kind: 'app', url: '/ky/applications/a1' });
    expect(target.url).not.toContain('http:');
  });

  it('leaves an address on another site external', () => {
    expect(notificationTarget('https://example.org/x', 'ru', ORIGIN)).toEqual({ kind: 'external', url: 'https://example.org/x' });
  });

  it('puts paths under the current language unless they have one', () => {
    expect(notificationTarget('/applications', 'ky', ORIGIN)).toEqual({ kind: 'app', url: '/ky/applications' });
    expect(notificationTarget('/ru/applications', 'ky', ORIGIN)).toEqual({ kind: 'app', url: '/ru/applications' });
    expect(notificationTarget('attache/batches/b1', 'en', ORIGIN)).toEqual({ kind: 'app', url: '/en/attache/batches/b1' });
  });
});
