/**
 * Vault events become index work here: coalesced per note, debounced, run one at a time, and
 * held back for a note someone is typing in. A pull that touches a thousand files becomes one
 * batch; a note being edited is re-indexed (and gets its block ids) only once its writer has
 * paused, so Handoff never writes into a line under the cursor.
 *
 * Pure: the clock and timers are injected (`QueueTimers`), so tests drive time by hand.
 */

/** One piece of index work. */
export type IndexOp =
  | { readonly kind: "reindex"; readonly path: string }
  | { readonly kind: "remove"; readonly path: string }
  | { readonly kind: "rename"; readonly from: string; readonly to: string }
  | { readonly kind: "rescan" };

/** What the queue drives: the live index. */
export interface IndexTarget {
  reindex(path: string): Promise<void>;
  remove(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Rebuild everything (team settings changed). */
  rescan(): Promise<void>;
}

/** Time for the queue: `window.setTimeout` in the plugin, a hand-driven clock in tests. */
export interface QueueTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** Options of {@link ReindexQueue}. */
export interface QueueOptions {
  /** Quiet time after the last event before a batch runs. Default 300 ms. */
  readonly debounceMs?: number;
  /** A batch runs at the latest this long after its first event, even while events keep coming. Default 2000 ms. */
  readonly maxWaitMs?: number;
  /** A note edited in an editor less than this long ago waits. Default 2000 ms. */
  readonly idleMs?: number;
  /** When the note at `path` was last edited in an open editor (ms, `timers.now()` clock), or null. */
  readonly lastEdit?: (path: string) => number | null;
  /** After every batch (views and editors refresh from here). */
  readonly onBatch?: () => void;
  /** An operation that threw: reported, and the queue goes on. */
  readonly onError?: (error: unknown, op: IndexOp) => void;
}

/** Coalescing, debounced, serial queue of {@link IndexOp}s. */
export class ReindexQueue {
  private pending: IndexOp[] = [];
  private readonly deferred = new Map<string, number>();
  private timer: number | null = null;
  private wakeTimer: number | null = null;
  private firstAt: number | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly idleMs: number;

  constructor(private readonly target: IndexTarget, private readonly timers: QueueTimers, private readonly options: QueueOptions = {}) {
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.idleMs = options.idleMs ?? 2000;
  }

  /** Queues an operation, merging it with what is pending for the same note. */
  push(op: IndexOp): void {
    if (this.stopped) return;
    this.pending = coalesce(this.pending, op);
    if (op.kind !== "reindex") this.deferred.delete(op.kind === "rename" ? op.from : op.kind === "remove" ? op.path : "");
    this.schedule();
  }

  /** Number of operations waiting (pending and held for an editor). */
  get size(): number {
    return this.pending.length + this.deferred.size;
  }

  /** Runs everything pending now, held notes included; resolves when the queue is empty. */
  async flush(): Promise<void> {
    for (const path of this.deferred.keys()) this.pending = coalesce(this.pending, { kind: "reindex", path });
    this.deferred.clear();
    this.clearTimer();
    while (this.running || this.pending.length > 0) {
      if (this.running) await this.running;
      else await this.run(true);
    }
  }

  /**
   * Runs `fn` while no batch runs (a command re-indexing a note on request): waits for the
   * running batch, and batches wait for `fn`. Resolves to what `fn` resolves to.
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    while (this.running) await this.running;
    // Claim the queue before `fn` starts: a timer firing inside `fn` must find it busy.
    let release = (): void => undefined;
    const done = new Promise<void>((resolve) => (release = resolve));
    this.running = done;
    try {
      return await fn();
    } finally {
      release();
      if (this.running === done) this.running = null;
      if (this.pending.length > 0 && !this.stopped) this.schedule();
    }
  }

  /** Stops: pending work is dropped, timers cleared (plugin unload). */
  stop(): void {
    this.stopped = true;
    this.pending = [];
    this.deferred.clear();
    this.clearTimer();
    if (this.wakeTimer !== null) this.timers.clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
  }

  private schedule(): void {
    const now = this.timers.now();
    this.firstAt ??= now;
    const due = Math.min(now + this.debounceMs, this.firstAt + this.maxWaitMs);
    this.clearTimer();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.run(false);
    }, Math.max(0, due - now));
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(force: boolean): Promise<void> {
    if (this.running) {
      await this.running;
      if (this.pending.length > 0 && !this.stopped) this.schedule();
      return;
    }
    this.firstAt = null;
    const batch = this.pending;
    this.pending = [];
    this.running = this.runBatch(batch, force);
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    if (this.pending.length > 0 && !this.stopped && !force) this.schedule();
    this.wakeDeferred();
  }

  private async runBatch(batch: readonly IndexOp[], force: boolean): Promise<void> {
    let did = false;
    for (const op of batch) {
      if (this.stopped) return;
      if (!force && op.kind === "reindex" && this.isBeingEdited(op.path)) {
        this.deferred.set(op.path, (this.options.lastEdit?.(op.path) ?? this.timers.now()) + this.idleMs);
        continue;
      }
      try {
        if (op.kind === "reindex") await this.target.reindex(op.path);
        else if (op.kind === "remove") await this.target.remove(op.path);
        else if (op.kind === "rename") await this.target.rename(op.from, op.to);
        else await this.target.rescan();
        did = true;
      } catch (error) {
        this.options.onError?.(error, op);
      }
    }
    if (did) this.options.onBatch?.();
  }

  private isBeingEdited(path: string): boolean {
    const last = this.options.lastEdit?.(path) ?? null;
    return last !== null && this.timers.now() - last < this.idleMs;
  }

  /** Re-queues held notes when their writer's pause is due. */
  private wakeDeferred(): void {
    if (this.wakeTimer !== null) this.timers.clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    if (this.deferred.size === 0 || this.stopped) return;
    const wake = Math.min(...this.deferred.values());
    this.wakeTimer = this.timers.setTimeout(() => {
      this.wakeTimer = null;
      const now = this.timers.now();
      for (const [path, at] of [...this.deferred]) {
        if (at > now) continue;
        this.deferred.delete(path);
        this.push({ kind: "reindex", path });
      }
      this.wakeDeferred();
    }, Math.max(0, wake - this.timers.now()));
  }
}

/**
 * `pending` with `op` added: a note already queued for re-indexing is not queued twice; a
 * removal drops the note's pending re-index; a rename carries a pending re-index to the new
 * path; a full rescan replaces everything pending.
 */
export function coalesce(pending: readonly IndexOp[], op: IndexOp): IndexOp[] {
  if (op.kind === "rescan") return [op];
  if (pending.some((p) => p.kind === "rescan")) return [...pending];
  if (op.kind === "reindex") return pending.some((p) => p.kind === "reindex" && p.path === op.path) ? [...pending] : [...pending, op];
  if (op.kind === "remove") return [...pending.filter((p) => !(p.kind === "reindex" && p.path === op.path)), op];
  return [...pending.filter((p) => !(p.kind === "reindex" && (p.path === op.from || p.path === op.to))), op];
}
