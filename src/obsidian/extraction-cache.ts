/**
 * The index cache: each source note's extraction, kept outside the synced vault (IndexedDB or
 * local storage, see `cache-store.ts`) so the next start re-extracts only notes that changed.
 *
 * A cached extraction is used only when everything it was computed from is unchanged: the
 * note's mtime and size (from Obsidian's file stat), a digest of the text actually read (so a
 * stat that lies never wins over the file), and a digest of the extraction context (team
 * settings, People and Team notes, the reference date and zone). A cache written by another
 * plugin version, or one that does not have the expected shape, is dropped whole; a malformed
 * entry is dropped alone. Files always win (DESIGN principle 1).
 *
 * Pure: no `obsidian` import.
 */
import { hash53 } from "../model/hash";
import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import type { SourceExtraction } from "../store/reconcile";
import type { Extractor, ExtractorContext } from "../store/source-note";

/** Format of the stored envelope; bump when the entry shape changes. */
export const CACHE_FORMAT = 1;

/** What is stored: the format, the plugin version that wrote it, and one entry per source note. */
interface CacheEnvelope {
  readonly format: number;
  readonly version: string;
  readonly notes: Record<string, CachedNote>;
}

/** One note's cached extraction and what it was computed from. */
interface CachedNote {
  readonly mtime: number;
  readonly size: number;
  /** Digest of the text the extraction was made from. */
  readonly text: string;
  /** Digest of the context (settings, directory, reference, zone). */
  readonly context: string;
  readonly extraction: SourceExtraction;
}

/** A note's file stat as Obsidian reports it (`TFile.stat`). */
export interface NoteStamp {
  readonly mtime: number;
  readonly size: number;
}

/** Why a stored cache was not used, for the console; null when it was. */
export type CacheRestore = { readonly cache: ExtractionCache; readonly dropped: string | null };

/** The extraction cache. Build with {@link ExtractionCache.empty} or {@link ExtractionCache.restore}. */
export class ExtractionCache {
  private readonly notes = new Map<string, CachedNote>();
  private readonly contexts = new WeakMap<object, string>();
  private hitCount = 0;
  private changed = false;

  private constructor(readonly version: string) {}

  /** An empty cache for this plugin version. */
  static empty(version: string): ExtractionCache {
    if (version === "") throw new RangeError("ExtractionCache needs the plugin version");
    return new ExtractionCache(version);
  }

  /**
   * The cache from what storage returned: an empty one, with the reason, when it is missing,
   * of another format or plugin version, or not shaped like a cache at all.
   */
  static restore(stored: unknown, version: string): CacheRestore {
    const cache = ExtractionCache.empty(version);
    return { cache, dropped: cache.load(stored) };
  }

  /**
   * Replaces every entry with what storage returned (the plugin's cache object is created in
   * `onload`, filled once the layout is ready). Returns why some or all of it was dropped, or
   * null when it was used whole (or there was nothing stored).
   */
  load(stored: unknown): string | null {
    this.notes.clear();
    this.changed = false;
    if (stored === null || stored === undefined) return null;
    if (!isEnvelope(stored)) return "the stored index cache is not readable";
    if (stored.format !== CACHE_FORMAT || stored.version !== this.version) {
      return `the stored index cache is from another version (${String(stored.version)})`;
    }
    let bad = 0;
    for (const [path, entry] of Object.entries(stored.notes)) {
      if (isEntry(entry, path)) this.notes.set(path, entry);
      else bad++;
    }
    return bad > 0 ? `${bad} malformed index cache entries were dropped` : null;
  }

  /** Extractions answered from the cache since the last {@link takeHits}. */
  takeHits(): number {
    const hits = this.hitCount;
    this.hitCount = 0;
    return hits;
  }

  /** True when entries changed since the last {@link toStored}. */
  get dirty(): boolean {
    return this.changed;
  }

  /** Number of cached notes. */
  get size(): number {
    return this.notes.size;
  }

  /**
   * `extract` with the cache in front: a note whose stamp, text and context match its entry gets
   * the cached extraction; anything else is extracted and stored. `stamp` gives the note's
   * current stat (null: do not cache it).
   */
  extractor(extract: Extractor, stamp: (path: string) => NoteStamp | null): Extractor {
    return (text: string, ctx: ExtractorContext): SourceExtraction => {
      const now = stamp(ctx.path);
      const textKey = digestOf(text);
      const contextKey = this.contextKey(ctx);
      const entry = this.notes.get(ctx.path);
      if (now && entry && entry.mtime === now.mtime && entry.size === now.size && entry.text === textKey && entry.context === contextKey) {
        this.hitCount++;
        return entry.extraction;
      }
      const extraction = extract(text, ctx);
      if (now) {
        this.notes.set(ctx.path, { mtime: now.mtime, size: now.size, text: textKey, context: contextKey, extraction });
        this.changed = true;
      }
      return extraction;
    };
  }

  /** Forgets a note (deleted, or no longer a source). */
  forget(path: string): void {
    if (this.notes.delete(path)) this.changed = true;
  }

  /** Keeps only entries for these paths (after a full scan: deleted notes go). */
  retain(paths: ReadonlySet<string>): void {
    for (const path of [...this.notes.keys()]) if (!paths.has(path)) this.forget(path);
  }

  /** The value to store; marks the cache clean. */
  toStored(): CacheEnvelope {
    this.changed = false;
    return { format: CACHE_FORMAT, version: this.version, notes: Object.fromEntries(this.notes) };
  }

  private contextKey(ctx: ExtractorContext): string {
    return `${this.objectKey(ctx.settings)}.${this.objectKey(ctx.directory)}.${ctx.now ?? ""}.${ctx.zone ?? ""}`;
  }

  /** Digest of the settings or directory content, once per object (both are immutable). */
  private objectKey(value: TeamSettings | Directory): string {
    let key = this.contexts.get(value);
    if (key === undefined) {
      const content = "resolve" in value ? { people: value.people, teams: value.teams } : value;
      key = digestOf(JSON.stringify(content));
      this.contexts.set(value, key);
    }
    return key;
  }
}

function digestOf(text: string): string {
  return `${text.length.toString(36)}-${hash53(text).toString(36)}`;
}

function isEnvelope(value: unknown): value is CacheEnvelope {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.format === "number" && typeof v.version === "string" && typeof v.notes === "object" && v.notes !== null && !Array.isArray(v.notes);
}

function isEntry(value: unknown, path: string): value is CachedNote {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.mtime !== "number" || typeof v.size !== "number" || typeof v.text !== "string" || typeof v.context !== "string") return false;
  const extraction = v.extraction as Record<string, unknown> | null;
  if (typeof extraction !== "object" || extraction === null || extraction.path !== path) return false;
  if (!(extraction.date === null || typeof extraction.date === "string")) return false;
  if (!Array.isArray(extraction.problems) || !extraction.problems.every((p) => typeof p === "string")) return false;
  return Array.isArray(extraction.candidates) && extraction.candidates.every(isCandidateShape);
}

/** The fields reconcile and the editor read without checking: present and of the right type. */
function isCandidateShape(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.kind === "string" &&
    typeof c.line === "number" &&
    typeof c.from === "number" &&
    typeof c.to === "number" &&
    typeof c.text === "string" &&
    typeof c.title === "string" &&
    typeof c.status === "string" &&
    Array.isArray(c.parties)
  );
}
