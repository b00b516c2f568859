/**
 * Where the index cache lives: outside the vault, so it never syncs and never conflicts. On
 * desktop and mobile that is IndexedDB (one database per vault, one record); where IndexedDB is
 * missing, Obsidian's per-vault local storage (`app.loadLocalStorage`). Either may fail or hold
 * junk: the cache then starts empty (`ExtractionCache.load` checks every entry), and files win.
 */

/** A place to keep one value between sessions. */
export interface CacheStore {
  /** The stored value, or null when there is none or it cannot be read. */
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
  /** Where it is, for the console. */
  readonly where: string;
}

/** The part of Obsidian's `App` the local-storage fallback needs. */
export interface LocalStorageHost {
  loadLocalStorage(key: string): unknown;
  saveLocalStorage(key: string, data: unknown): void;
}

/** The object store and key of the one record. */
const STORE = "cache";
const KEY = "index";

/**
 * The cache store for the vault identified by `vaultId`: IndexedDB when `indexedDB` is given
 * (the window's factory), else local storage through `host`.
 */
export function cacheStore(vaultId: string, host: LocalStorageHost, indexedDB: IDBFactory | null): CacheStore {
  if (indexedDB) return new IndexedDbStore(indexedDB, `handoff-index-${vaultId}`);
  return {
    where: "local storage",
    load: async () => host.loadLocalStorage("handoff-index-cache") ?? null,
    save: async (value) => host.saveLocalStorage("handoff-index-cache", value),
  };
}

/** One record in one IndexedDB database. */
class IndexedDbStore implements CacheStore {
  readonly where: string;

  constructor(private readonly factory: IDBFactory, private readonly name: string) {
    this.where = `IndexedDB "${name}"`;
  }

  async load(): Promise<unknown> {
    try {
      const db = await this.open();
      try {
        return await request(db.transaction(STORE, "readonly").objectStore(STORE).get(KEY)) ?? null;
      } finally {
        db.close();
      }
    } catch {
      return null;
    }
  }

  async save(value: unknown): Promise<void> {
    const db = await this.open();
    try {
      const tx = db.transaction(STORE, "readwrite");
      tx.objectStore(STORE).put(value, KEY);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error("IndexedDB write failed"));
        tx.onabort = () => reject(tx.error ?? new Error("IndexedDB write aborted"));
      });
    } finally {
      db.close();
    }
  }

  private open(): Promise<IDBDatabase> {
    const open = this.factory.open(this.name, 1);
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE);
    };
    return request(open);
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });
}
