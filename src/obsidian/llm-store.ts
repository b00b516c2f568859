/**
 * The plugin's LLM store (answers per paragraph, and the daily call count): Obsidian's per-vault
 * local storage on this device (`app.saveLocalStorage`), never the vault, never `data.json`, so
 * nothing of it syncs. One record holds every entry; the newest {@link MAX_LLM_ENTRIES} are
 * kept (the day's call count is never dropped). Writes are gathered and saved once per `defer` tick. A record that is missing or not
 * ours is ignored (the LLM is asked again), as is any entry that is not text.
 *
 * Pure: no `obsidian` import (the host is the `App`).
 */
import { BUDGET_KEY } from "../extract/llm-budget";
import type { LlmStore } from "../extract/llm-cache";
import type { LocalStorageHost } from "./cache-store";

/** The local-storage key of the record. */
export const LLM_STORAGE_KEY = "handoff-llm-cache";

/** Entries kept (answers of about a thousand paragraphs, a few hundred KB). */
export const MAX_LLM_ENTRIES = 1000;

/** Format of the record; bump when its shape changes. */
const FORMAT = 1;

/** {@link LlmStore} over local storage. Build with {@link LocalLlmStore.open}. */
export class LocalLlmStore implements LlmStore {
  private dirty = false;

  private constructor(
    private readonly host: LocalStorageHost,
    private readonly entries: Map<string, string>,
    private readonly defer: (save: () => void) => void,
  ) {}

  /** Reads the record once. `defer` runs the save later (a `window.setTimeout` of a second in the plugin). */
  static open(host: LocalStorageHost, defer: (save: () => void) => void): LocalLlmStore {
    const entries = new Map<string, string>();
    let stored: unknown = null;
    try {
      stored = host.loadLocalStorage(LLM_STORAGE_KEY);
    } catch {
      stored = null;
    }
    const record = typeof stored === "object" && stored !== null ? (stored as { format?: unknown; entries?: unknown }) : null;
    if (record && record.format === FORMAT && typeof record.entries === "object" && record.entries !== null) {
      for (const [key, value] of Object.entries(record.entries as Record<string, unknown>)) if (typeof value === "string") entries.set(key, value);
    }
    return new LocalLlmStore(host, entries, defer);
  }

  async read(key: string): Promise<string | null> {
    return this.entries.get(key) ?? null;
  }

  async write(key: string, value: string): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= MAX_LLM_ENTRIES) break;
      if (oldest !== BUDGET_KEY) this.entries.delete(oldest);
    }
    if (this.dirty) return;
    this.dirty = true;
    this.defer(() => this.flush());
  }

  /** Saves now when anything changed (also called on unload). A full storage leaves the old record. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      this.host.saveLocalStorage(LLM_STORAGE_KEY, { format: FORMAT, entries: Object.fromEntries(this.entries) });
    } catch {
      // Quota exceeded or storage unavailable: the cache stays in memory for this session.
    }
  }
}
