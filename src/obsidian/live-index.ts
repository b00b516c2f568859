/**
 * The plugin's index: a {@link VaultRecord} built by one full scan when the layout is ready, then
 * kept current note by note from vault events through a {@link ReindexQueue}. Views, the editor
 * extension and commands read it; listeners hear about every change once per batch.
 *
 * Determinism (DESIGN principle 2): the record gets no `now`, so nothing it writes depends on
 * this device's clock: two devices indexing the same pull write the same bytes (or nothing).
 * The extraction cache only skips work; its answers equal a fresh extraction's.
 *
 * Pure: no `obsidian` import; the plugin passes the VaultPort, the file stats and the timers.
 */
import type { ExtractContext } from "../extract/extract";
import type { Candidate } from "../model/candidate";
import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import { TEAM_SETTINGS_PATH, type TeamSettings } from "../model/team-settings";
import { normalizeText } from "../store/identity";
import { scanVault } from "../store/scan";
import type { Extractor } from "../store/source-note";
import type { VaultPort } from "../store/vault-port";
import type { ReindexResult, VaultRecord } from "../store/vault-record";
import type { ExtractionCache, NoteStamp } from "./extraction-cache";
import { ReindexQueue, type IndexOp, type IndexTarget, type QueueTimers } from "./reindex-queue";

/** What the live index needs from its host. */
export interface LiveIndexOptions {
  readonly port: VaultPort;
  /** The extractor (`extractNote`). */
  readonly extract: Extractor;
  readonly cache: ExtractionCache;
  /** A note's current file stat, for the cache; null when unknown. */
  readonly stamp: (path: string) => NoteStamp | null;
  readonly timers: QueueTimers;
  /** When a note was last typed in (see `ReindexQueue`), or null. */
  readonly lastEdit?: (path: string) => number | null;
  /** Stores the cache (outside the vault). Default: not stored. */
  readonly saveCache?: (stored: unknown) => Promise<void>;
  /** One line per full index ("Handoff: indexed …"). */
  readonly log?: (line: string) => void;
  /** An index operation failed (reported to the console; the index goes on). */
  readonly onError?: (error: unknown) => void;
  /** Quiet time after the last change before the cache is stored again. Default 10 s. */
  readonly cacheSaveDelayMs?: number;
}

/** What a full index did. */
export interface IndexSummary {
  /** Notes read: source notes and item notes. */
  readonly notes: number;
  readonly ms: number;
  /** Source notes whose extraction came from the cache. */
  readonly cached: number;
  /** Item notes created and updated. */
  readonly created: number;
  readonly updated: number;
  readonly problems: readonly string[];
}

/** The live index. */
export class LiveIndex implements IndexTarget {
  private current: VaultRecord | null = null;
  private failure: string | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly contexts = new Map<string, ExtractContext>();
  private readonly queue: ReindexQueue;
  private readonly extract: Extractor;
  private saveTimer: number | null = null;
  /** The scan running now, if any: operations wait for it instead of being lost. */
  private scanning: Promise<IndexSummary> | null = null;

  constructor(private readonly options: LiveIndexOptions) {
    this.extract = options.cache.extractor(options.extract, options.stamp);
    this.queue = new ReindexQueue(this, options.timers, {
      lastEdit: options.lastEdit,
      onBatch: () => this.changed(),
      onError: (error) => options.onError?.(error),
    });
  }

  /** The record, or null until the first scan finished. */
  get record(): VaultRecord | null {
    return this.current;
  }

  /** True until the first scan finished (views show their loading state). */
  get loading(): boolean {
    return this.current === null && this.failure === null;
  }

  /** Why indexing failed (shown by views with "Try again"), or null. */
  get error(): string | null {
    return this.failure;
  }

  /** Every item, as the views want it (empty while loading). */
  snapshot(): readonly Item[] {
    return this.current?.snapshot() ?? [];
  }

  get settings(): TeamSettings | null {
    return this.current?.settings ?? null;
  }

  get directory(): Directory | null {
    return this.current?.directory ?? null;
  }

  /** Calls `listener` after every change of the index; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Builds the index from every note (the layout is ready), logs one line, stores the cache. */
  async start(): Promise<IndexSummary> {
    const summary = await this.scan();
    this.options.log?.(`Handoff: indexed ${summary.notes} notes in ${Math.round(summary.ms)} ms (${summary.cached} cached)`);
    return summary;
  }

  /** Queues index work for a vault event. */
  push(op: IndexOp): void {
    this.queue.push(op);
  }

  /** Runs all queued work now (tests, and before a sync commits). */
  async flush(): Promise<void> {
    await this.queue.flush();
  }

  /** Re-indexes one note now (a command asked), between batches; null before the first index. */
  async reindexNow(path: string): Promise<ReindexResult | null> {
    const result = await this.queue.exclusive(async () => {
      const record = await this.ready();
      return record ? record.reindexNote(path) : null;
    });
    this.changed();
    return result;
  }

  /** A full scan now (the "scan vault" command, "Try again"), between batches. */
  async rescanNow(): Promise<IndexSummary> {
    return this.queue.exclusive(() => this.scan());
  }

  /** Stops following events and stores the cache one last time if it changed. */
  async stop(): Promise<void> {
    this.queue.stop();
    if (this.saveTimer !== null) this.options.timers.clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.saveCache();
  }

  /** The extraction context for the editor: the same object while path, settings and directory are unchanged; null for notes that are not sources. */
  extractContext(path: string): ExtractContext | null {
    const record = this.current;
    if (!record || record.roleOf(path) !== "source") return null;
    const known = this.contexts.get(path);
    if (known && known.directory === record.directory && known.settings === record.settings) return known;
    const ctx: ExtractContext = Object.freeze({ path, directory: record.directory, settings: record.settings });
    this.contexts.set(path, ctx);
    return ctx;
  }

  /**
   * The tracked item a candidate in the note at `path` became, matched as reconcile matches:
   * the item whose id is the candidate's block id, then the same block and kind, then the same
   * normalised sentence and kind; null when it is new.
   */
  itemForCandidate(path: string, candidate: Candidate): Item | null {
    const record = this.current;
    if (!record || candidate.kind === "fyi") return null;
    const notes = record.items.bySource(path).filter((n) => n.item.kind === candidate.kind);
    const block = candidate.blockId;
    const byId = block === null ? undefined : notes.find((n) => n.item.id === block);
    const byBlock = block === null ? undefined : notes.find((n) => n.item.sourceBlock === block);
    const text = normalizeText(candidate.text);
    const byText = notes.find((n) => normalizeText(n.item.quote) === text);
    const found = byId ?? byBlock ?? byText;
    return found ? record.items.item(found.item.id) : null;
  }

  // IndexTarget: called by the queue, one at a time.

  async reindex(path: string): Promise<void> {
    const record = await this.ready();
    if (!record) return;
    if (path === TEAM_SETTINGS_PATH) return this.rescan();
    await record.reindexNote(path);
  }

  async remove(path: string): Promise<void> {
    const record = await this.ready();
    if (!record) return;
    const role = record.roleOf(path);
    if (path === TEAM_SETTINGS_PATH || role === "person" || role === "team") return this.rescan();
    record.removeNote(path);
    this.options.cache.forget(path);
  }

  async rename(from: string, to: string): Promise<void> {
    const record = await this.ready();
    if (!record) return;
    if (from === TEAM_SETTINGS_PATH || to === TEAM_SETTINGS_PATH) return this.rescan();
    this.options.cache.forget(from);
    if (record.roleOf(from) === record.roleOf(to)) {
      await record.renameNote(from, to);
      return;
    }
    await this.remove(from);
    if (this.current === record) await record.reindexNote(to);
  }

  async rescan(): Promise<void> {
    await this.scan();
  }

  /** The record once any running scan is over (null when indexing failed). */
  private async ready(): Promise<VaultRecord | null> {
    if (this.scanning) await this.scanning.catch(() => null);
    return this.current;
  }

  /** One full scan at a time: a second waits for the first, then runs. */
  private scan(): Promise<IndexSummary> {
    const previous = this.scanning;
    const run = (async () => {
      if (previous) await previous.catch(() => null);
      return this.scanOnce();
    })();
    this.scanning = run;
    void run.finally(() => {
      if (this.scanning === run) this.scanning = null;
    }).catch(() => null);
    return run;
  }

  private async scanOnce(): Promise<IndexSummary> {
    this.options.cache.takeHits();
    try {
      const result = await scanVault(this.options.port, { extract: this.extract });
      this.current = result.record;
      this.failure = null;
      this.contexts.clear();
      const sources = new Set(result.record.notes.paths());
      this.options.cache.retain(sources);
      await this.saveCache();
      this.changed();
      return {
        notes: result.notes + result.record.items.size,
        ms: result.ms,
        cached: this.options.cache.takeHits(),
        created: result.created,
        updated: result.updated,
        problems: result.problems,
      };
    } catch (error) {
      this.failure = `Handoff could not index this vault: ${error instanceof Error ? error.message : String(error)}. Try again, and report it if it keeps failing.`;
      this.changed();
      throw error;
    }
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
    if (this.options.cache.dirty && this.saveTimer === null) {
      this.saveTimer = this.options.timers.setTimeout(() => {
        this.saveTimer = null;
        void this.saveCache();
      }, this.options.cacheSaveDelayMs ?? 10_000);
    }
  }

  private async saveCache(): Promise<void> {
    if (!this.options.saveCache || !this.options.cache.dirty) return;
    try {
      await this.options.saveCache(this.options.cache.toStored());
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}
