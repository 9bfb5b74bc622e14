/**
 * One running `npm start` per data folder: a lock file in the folder holds the owner's pid (and, as the stack starts,
 * the pids of what it started). A second start — or a `--reset` — while the owner lives is refused before it touches
 * anything; a lock left by a process that died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'jumush.lock';

export interface LockContent {
  pid: number;
  startedAt: string;
  /** What the owner started, by name (postgres, redis, api, worker), for diagnosis and for tests. */
  processes: Record<string, number>;
}

export class InstanceLockedError extends Error {
  constructor(
    readonly ownerPid: number,
    readonly dataDir: string,
  ) {
    super(`Jumush is already running from ${dataDir} (pid ${ownerPid}); stop it first (Ctrl-C in its terminal, or kill ${ownerPid}).`);
    this.name = 'InstanceLockedError';
  }
}

/** Whether a process with this pid exists (EPERM: it exists but is someone else's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(dataDir: string): LockContent | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockContent;
  } catch {
    return null;
  }
}

export interface InstanceLock {
  /** Records a process the stack started, so the lock says what belongs to this instance. */
  record(name: string, pid: number | undefined): void;
  release(): void;
}

export function acquireInstanceLock(dataDir: string): InstanceLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const content: LockContent = { pid: process.pid, startedAt: new Date().toISOString(), processes: {} };
  for (let attempt = 0; ; attempt++) {
    try {
      // 'wx': created only if absent, atomically — two starts at the same instant cannot both win.
      writeFileSync(file, JSON.stringify(content), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const owner = readLock(dataDir);
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) throw new InstanceLockedError(owner.pid, dataDir);
      // The owner died without cleaning up (or the file is unreadable): take the lock over.
      rmSync(file, { force: true });
    }
  }
  const ours = () => readLock(dataDir)?.pid === process.pid;
  return {
    record(name, pid) {
      if (pid === undefined || !ours()) return;
      content.processes[name] = pid;
      writeFileSync(file, JSON.stringify(content));
    },
    release() {
      if (ours()) rmSync(file, { force: true });
    },
  };
}
