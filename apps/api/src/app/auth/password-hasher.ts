/** argon2id password hashing, a bounded number at a time. */
import { Injectable, Optional } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { ApiConfig } from '@jumush/server/config';
import { ProblemException } from '../http/problem';

// OWASP's argon2id recommendation: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Hashes waiting for a slot before new ones are refused: a flood gets 503 at once instead of queueing memory. */
export const PASSWORD_HASHING_QUEUE = 50;

@Injectable()
export class PasswordHasher {
  /** Verified against when an account does not exist, so both paths take as long. */
  private readonly decoy = hash('decoy-password-for-constant-time', OPTIONS);
  private readonly concurrency: number;
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(@Optional() config?: ApiConfig) {
    this.concurrency = config?.PASSWORD_HASHING_CONCURRENCY ?? 4;
  }

  hash(password: string): Promise<string> {
    return this.inTurn(() => hash(password, OPTIONS));
  }

  verify(passwordHash: string | null, password: string): Promise<boolean> {
    return this.inTurn(async () => {
      if (passwordHash === null) {
        await verify(await this.decoy, password).catch(() => false);
        return false;
      }
      return verify(passwordHash, password).catch(() => false);
    });
  }

  /** How many hashes run and wait now (for tests and metrics). */
  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * At most `concurrency` hashes at once (each takes 19 MiB and a core for tens of milliseconds); the next ones
   * wait their turn, and past PASSWORD_HASHING_QUEUE waiting the request is refused with 503 and Retry-After.
   */
  private async inTurn<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= PASSWORD_HASHING_QUEUE) {
        throw new ProblemException(503, {
          code: 'http.unavailable',
          detail: 'The service is busy. Try again in a few seconds.',
          headers: { 'Retry-After': '5' },
        });
      }
      // The finishing hash hands its slot over: `running` stays counted for the one woken.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
