import { digest } from "../model/hash";
import { isItemKind } from "../model/kind";
import type { ModelItem } from "./llm-answer";
import { PROMPT_VERSION } from "./llm-prompt";

/**
 * The LLM's answers per paragraph, so an unchanged paragraph is never sent twice. Kept by the
 * shell OUTSIDE the synced vault (the CLI under `$XDG_CACHE_HOME/handoff/llm`, the plugin in
 * its per-vault browser storage): it is device state, like the daily budget, never vault content.
 *
 * Keyed by (model, prompt version, paragraph hash): a new model or prompt asks again. An entry
 * holds only the items grounded in its paragraph (quotes, owners and deadline phrases as the
 * model gave them), and is re-grounded against the note whenever it is used, so a stale or
 * colliding entry can never add text that is not in the note. An entry that cannot be read
 * (corrupt, hand-edited, another format) is ignored and replaced.
 */

/** Where the shell keeps LLM state: a small async key-value store. Keys are `[a-z0-9-]+`. */
export interface LlmStore {
  /** The stored value, or null when there is none (or it cannot be read). */
  read(key: string): Promise<string | null>;
  /** Stores a value; may fail (full disk, quota): callers treat that as "not cached". */
  write(key: string, value: string): Promise<void>;
}

/** Format of a stored entry; bump when its shape changes. */
const ENTRY_FORMAT = 1;

/** The cache key of a paragraph for a model: `p<prompt>-<model digest>-<paragraph hash>`. */
export function cacheKey(model: string, paragraphHash: string): string {
  return `p${PROMPT_VERSION}-${digest(model, 8)}-${paragraphHash}`;
}

/** A stored entry: the items of one paragraph. */
export function encodeEntry(items: readonly ModelItem[]): string {
  return JSON.stringify({ format: ENTRY_FORMAT, items: items.map((i) => ({ kind: i.kind, quote: i.quote, owner: i.owner, due_text: i.due_text })) });
}

/** The items of a stored entry, or null when it is not one this version wrote (a miss: the paragraph is sent again). */
export function decodeEntry(raw: string | null): ModelItem[] | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const entry = value as { format?: unknown; items?: unknown };
  if (entry.format !== ENTRY_FORMAT || !Array.isArray(entry.items)) return null;
  const items: ModelItem[] = [];
  for (const raw of entry.items as unknown[]) {
    if (typeof raw !== "object" || raw === null) return null;
    const i = raw as Record<string, unknown>;
    if (!isItemKind(i.kind) || typeof i.quote !== "string" || !nullableText(i.owner) || !nullableText(i.due_text)) return null;
    items.push({ kind: i.kind, quote: i.quote, owner: i.owner, due_text: i.due_text });
  }
  return items;
}

function nullableText(value: unknown): value is string | null {
  return value === null || typeof value === "string";
}
