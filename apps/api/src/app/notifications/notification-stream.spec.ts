import { streamLifetimeMs } from './notification-stream';

describe('how long a notification stream stays open', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');

  it.each<[string, number | undefined, number | undefined]>([
    ['until its token expires', now.getTime() + 60_000, 60_000],
    ['not at all once the token has expired', now.getTime() - 1, 0],
    ['without limit when the token names no expiry', undefined, undefined],
    ['at most as long as a timer can wait', now.getTime() + 2 ** 40, 2 ** 31 - 1],
  ])('%s', (_name, expiresAt, lifetime) => {
    expect(streamLifetimeMs(expiresAt, now)).toBe(lifetime);
  });
});
