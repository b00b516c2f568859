import type { QueueTimers } from "../../src/obsidian/reindex-queue";

/** Timers driven by hand: `advance(ms)` runs what falls due, in order. */
export class ManualTimers implements QueueTimers {
  private t = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = this.next++;
    this.due.set(id, { at: this.t + ms, fn });
    return id;
  }

  clearTimeout(id: number): void {
    this.due.delete(id);
  }

  /** Timers waiting. */
  get pending(): number {
    return this.due.size;
  }

  /** Moves the clock on by `ms`, running every timer that falls due (and letting their promises settle). */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      const first = [...this.due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!first || first[1].at > end) break;
      this.due.delete(first[0]);
      this.t = first[1].at;
      first[1].fn();
      await settle();
    }
    this.t = end;
    await settle();
  }
}

/** Lets pending promise callbacks and file I/O run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}
