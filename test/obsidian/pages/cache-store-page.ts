// The index cache's IndexedDB store in a real browser: the page exposes the store so the test
// can save, load and corrupt it through the same code the plugin runs.
import { cacheStore } from "../../../src/obsidian/cache-store";
import { ExtractionCache } from "../../../src/obsidian/extraction-cache";

const memory = new Map<string, unknown>();
const host = { loadLocalStorage: (k: string) => memory.get(k) ?? null, saveLocalStorage: (k: string, v: unknown) => void memory.set(k, v) };

declare global {
  interface Window {
    cacheTest: {
      roundTrip(vault: string, value: unknown): Promise<unknown>;
      load(vault: string): Promise<unknown>;
      where(vault: string): string;
      restore(vault: string, version: string): Promise<{ dropped: string | null; size: number }>;
      corrupt(vault: string): Promise<void>;
    };
  }
}

window.cacheTest = {
  async roundTrip(vault, value) {
    const store = cacheStore(vault, host, window.indexedDB);
    await store.save(value);
    return cacheStore(vault, host, window.indexedDB).load();
  },
  load: (vault) => cacheStore(vault, host, window.indexedDB).load(),
  where: (vault) => cacheStore(vault, host, window.indexedDB).where,
  async restore(vault, version) {
    const { cache, dropped } = ExtractionCache.restore(await cacheStore(vault, host, window.indexedDB).load(), version);
    return { dropped, size: cache.size };
  },
  async corrupt(vault) {
    await cacheStore(vault, host, window.indexedDB).save("\u0000 not a cache");
  },
};
document.body.dataset.ready = "yes";
