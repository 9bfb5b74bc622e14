import type { ApiConfig } from '@jumush/server/config';
import { PASSWORD_HASHING_QUEUE, PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  it('hashes and verifies with argon2id', async () => {
    const hasher = new PasswordHasher();
    const stored = await hasher.hash('correct-horse-42');
    expect(stored).toMatch(/^\$argon2id\$/);
    await expect(hasher.verify(stored, 'correct-horse-42')).resolves.toBe(true);
    await expect(hasher.verify(stored, 'wrong-horse-42')).resolves.toBe(false);
    await expect(hasher.verify(null, 'correct-horse-42')).resolves.toBe(false);
  });

  it('runs at most the configured number of hashes at once, the rest in turn', async () => {
    const hasher = new PasswordHasher({ PASSWORD_HASHING_CONCURRENCY: 2 } as ApiConfig);
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, hasher.load().running)), 1);
    const hashes = await Promise.all(Array.from({ length: 6 }, (_, index) => hasher.hash(`password-${index}-x`)));
    clearInterval(watch);
    expect(new Set(hashes).size).toBe(6);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(2);
    expect(hasher.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses with 503 and Retry-After once the line is full, and serves again when it empties', async () => {
    const hasher = new PasswordHasher({ PASSWORD_HASHING_CONCURRENCY: 1 } as ApiConfig);
    const queued = Array.from({ length: 1 + PASSWORD_HASHING_QUEUE }, (_, index) => hasher.hash(`password-${index}-x`));
    await expect(hasher.hash('one-too-many-1')).rejects.toMatchObject({
      status: 503,
      init: { code: 'http.unavailable', headers: { 'Retry-After': '5' } },
    });
    expect(hasher.load()).toEqual({ running: 1, waiting: PASSWORD_HASHING_QUEUE });
    await Promise.all(queued);
    expect(hasher.load()).toEqual({ running: 0, waiting: 0 });
    await expect(hasher.hash('after-the-flood-1')).resolves.toMatch(/^\$argon2id\$/);
  }, 60_000);
});
