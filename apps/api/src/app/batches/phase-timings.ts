/** Times the phases of a use case, for a Server-Timing header and the benchmark's line per phase. */
export class PhaseTimings {
  private readonly phases: Array<{ name: string; milliseconds: number }> = [];

  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.phases.push({ name, milliseconds: performance.now() - started });
    }
  }

  /** A phase timed by the caller, e.g. one that starts in one callback and ends in another. */
  add(name: string, milliseconds: number): void {
    this.phases.push({ name, milliseconds });
  }

  entries(): ReadonlyArray<{ name: string; milliseconds: number }> {
    return this.phases;
  }

  /** `lock;dur=1.2, plan;dur=0.4, …` (RFC: Server Timing). */
  serverTiming(): string {
    return this.phases.map((phase) => `${phase.name};dur=${phase.milliseconds.toFixed(1)}`).join(', ');
  }
}
