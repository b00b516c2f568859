import { isItemKind, type ItemKind } from "../model/kind";
import { LlmFailure } from "./llm-failure";

/**
 * The model's answer read into items. Servers with structured output send the JSON object
 * itself; others wrap it in a ```json fence or a sentence of prose, and both are accepted.
 * Anything else is garbage: not JSON, not `{"items": [...]}` (a bare array of items is taken
 * too), or items none of which has a kind and a quote.
 */

/** One item as the model proposed it, before grounding. */
export interface ModelItem {
  readonly kind: ItemKind;
  readonly quote: string;
  readonly owner: string | null;
  readonly due_text: string | null;
}

/** The items read, and how many entries were not items (no kind from our list, no quote). */
export interface ParsedAnswer {
  readonly items: readonly ModelItem[];
  readonly malformed: number;
}

/** Most items read from one answer; the rest are ignored (a runaway answer is not a note's worth). */
export const MAX_ANSWER_ITEMS = 200;

/** A fenced code block, optionally tagged json: group 1 is its content. */
export const JSON_FENCE = /```[ \t]*(?:json|JSON|jsonc)?[ \t]*\r?\n([\s\S]*?)```/;

/** Reads the message content of a chat completion; throws an {@link LlmFailure} `garbage` for anything unusable. */
export function parseAnswer(content: string | null | undefined): ParsedAnswer {
  if (typeof content !== "string" || content.trim() === "") throw garbage("an empty answer");
  const value = readJson(content);
  if (value === undefined) throw garbage(`an answer that is not JSON ("${preview(content)}")`);
  const list = Array.isArray(value) ? (value as unknown[]) : isRecord(value) && Array.isArray(value.items) ? (value.items as unknown[]) : null;
  if (list === null) throw garbage(`JSON without an "items" list ("${preview(content)}")`);
  const items: ModelItem[] = [];
  let malformed = 0;
  for (const entry of list.slice(0, MAX_ANSWER_ITEMS)) {
    const item = readItem(entry);
    if (item === null) malformed++;
    else items.push(item);
  }
  if (items.length === 0 && malformed > 0) throw garbage(`items without a kind and a quote ("${preview(content)}")`);
  return { items, malformed };
}

/** The JSON value in `content`: the whole text, else a fenced block, else the outermost `{…}`; undefined when none parses. */
function readJson(content: string): unknown {
  const attempts = [content.trim()];
  const fence = JSON_FENCE.exec(content);
  if (fence) attempts.push((fence[1] ?? "").trim());
  const open = content.indexOf("{");
  const close = content.lastIndexOf("}");
  if (open >= 0 && close > open) attempts.push(content.slice(open, close + 1));
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt) as unknown;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

function readItem(entry: unknown): ModelItem | null {
  if (!isRecord(entry)) return null;
  const kind = typeof entry.kind === "string" ? entry.kind.trim().toLowerCase() : null;
  const quote = typeof entry.quote === "string" ? entry.quote : null;
  if (!isItemKind(kind) || quote === null || quote.trim() === "") return null;
  return { kind, quote, owner: optionalText(entry.owner), due_text: optionalText(entry.due_text) };
}

/** A string field that may be null, missing, empty or the word "null". */
function optionalText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  return text === "" || text.toLowerCase() === "null" || text.toLowerCase() === "none" ? null : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function preview(content: string): string {
  const flat = content.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

function garbage(what: string): LlmFailure {
  return new LlmFailure("garbage", `the model sent ${what}`);
}
