import type { TaskLineFields, TaskPriority } from "../model/candidate";

/**
 * Obsidian Tasks (emoji format) and Dataview fields on a task line, read the way those plugins
 * read them: Tasks parses its emoji fields from the END of the line, one after another, so a
 * date in the middle of the description stays text; Dataview reads `[key:: value]` and
 * `(key:: value)` anywhere on the line.
 */

/** Any Tasks date field at the end: emoji (group 1) and the YYYY-MM-DD date (group 2). 📅📆🗓 due, ⏳⌛ scheduled, 🛫 start, ➕ created, ✅ done, ❌ cancelled. */
export const END_DATE = /\s*(📅|📆|🗓️?|⏳|⌛|🛫|➕|✅|❌)\uFE0F?\s*(\d{4}-\d{2}-\d{2})\s*$/u;
/** A priority emoji at the end: 🔺 highest, ⏫ high, 🔼 medium, 🔽 low, ⏬ lowest. */
export const END_PRIORITY = /\s*(🔺|⏫|🔼|🔽|⏬)\uFE0F?\s*$/u;
/** 🔁 recurrence text at the end ("every week on Monday", "every day when done"). */
export const END_RECURRENCE = /\s*🔁\uFE0F?\s*([a-zA-Z0-9, !]+?)\s*$/u;
/** 🆔 task id at the end. */
export const END_ID = /\s*🆔\uFE0F?\s*([a-zA-Z0-9_-]+)\s*$/u;
/** ⛔ comma-separated ids this task depends on, at the end. */
export const END_DEPENDS = /\s*⛔\uFE0F?\s*([a-zA-Z0-9_-]+(?:\s*,\s*[a-zA-Z0-9_-]+)*)\s*$/u;
/** 🏁 on-completion action at the end (read and dropped: not tracked). */
export const END_ON_COMPLETION = /\s*🏁\uFE0F?\s*[a-zA-Z]+\s*$/u;
/** A Dataview inline field at the end, `[key:: value]` or `(key:: value)`. */
export const END_DATAVIEW = /\s*(?:\[([\w-]+)::\s*([^\]]*?)\s*\]|\(([\w-]+)::\s*([^)]*?)\s*\))\s*$/u;
/** A trailing `#tag` (Tasks lets tags sit among the trailing fields). */
export const END_TAG = /\s+#([^\s#]+)\s*$/u;
/** A Dataview inline field anywhere on the line: bracketed key (1) value (2), or parenthesised key (3) value (4). */
export const DATAVIEW_FIELD = /\[([\w-]+)::\s*([^\]]*?)\s*\]|\(([\w-]+)::\s*([^)]*?)\s*\)/gu;
/** A `#tag`: letters, digits, `_`, `-`, `/`; at least one non-digit (Obsidian's rule). */
export const TAG = /(?:^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
/** A YYYY-MM-DD date. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const PRIORITY_EMOJI: Readonly<Record<string, TaskPriority>> = { "🔺": "highest", "⏫": "high", "🔼": "medium", "🔽": "low", "⏬": "lowest" };
const PRIORITY_WORDS: ReadonlySet<string> = new Set(["highest", "high", "medium", "low", "lowest"]);

/** What a task line holds besides its description. */
export interface TaskLine {
  /** The description: the line's text up to the first trailing field (a prefix of the input, trimmed at the end). */
  readonly description: string;
  /** 📅 or `[due:: …]` date as written (YYYY-MM-DD), or null. */
  readonly due: string | null;
  /** Which plugin's syntax gave the fields: `tasks` for emoji, `dataview` for inline fields, null when none. */
  readonly format: "tasks" | "dataview" | null;
  readonly fields: TaskLineFields;
}

/**
 * Reads Tasks emoji fields and Dataview inline fields from the text after a checkbox. Never
 * throws; an unreadable field stays part of the description.
 */
export function parseTaskLine(text: string): TaskLine {
  const f = { id: null as string | null, dependsOn: [] as string[], priority: null as TaskPriority | null, start: null as string | null, scheduled: null as string | null, created: null as string | null, done: null as string | null, cancelled: null as string | null, recurrenceText: null as string | null };
  let due: string | null = null;
  let format: "tasks" | "dataview" | null = null;
  let rest = text;
  for (let guard = 0; guard < 40; guard++) {
    let m: RegExpExecArray | null;
    if ((m = END_DATE.exec(rest))) {
      const date = m[2] ?? "";
      const emoji = m[1] ?? "";
      if (emoji.startsWith("📅") || emoji.startsWith("📆") || emoji.startsWith("🗓")) due ??= date;
      else if (emoji === "⏳" || emoji === "⌛") f.scheduled ??= date;
      else if (emoji === "🛫") f.start ??= date;
      else if (emoji === "➕") f.created ??= date;
      else if (emoji === "✅") f.done ??= date;
      else f.cancelled ??= date;
      format = "tasks";
    } else if ((m = END_PRIORITY.exec(rest))) {
      f.priority ??= PRIORITY_EMOJI[m[1] ?? ""] ?? null;
      format = "tasks";
    } else if ((m = END_RECURRENCE.exec(rest))) {
      f.recurrenceText ??= (m[1] ?? "").trim();
      format = "tasks";
    } else if ((m = END_ID.exec(rest))) {
      f.id ??= m[1] ?? null;
      format = "tasks";
    } else if ((m = END_DEPENDS.exec(rest))) {
      if (f.dependsOn.length === 0) f.dependsOn = (m[1] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
      format = "tasks";
    } else if ((m = END_ON_COMPLETION.exec(rest))) {
      format = "tasks";
    } else if ((m = END_DATAVIEW.exec(rest))) {
      format ??= "dataview";
    } else if ((m = END_TAG.exec(rest)) && rest.slice(0, m.index).trim() !== "") {
      // a trailing tag between fields: cut it so the fields before it are read too
    } else {
      break;
    }
    rest = rest.slice(0, m.index);
  }
  if (text.includes("::")) {
    for (const m of text.matchAll(DATAVIEW_FIELD)) {
      const key = (m[1] ?? m[3] ?? "").toLowerCase();
      const value = (m[2] ?? m[4] ?? "").trim();
      if (applyDataviewField(key, value, f, (d) => (due ??= d))) format ??= "dataview";
    }
  }
  const tags = text.includes("#") ? [...text.matchAll(TAG)].map((m) => m[1] ?? "").filter(Boolean) : [];
  return {
    description: rest.trimEnd(),
    due,
    format,
    fields: Object.freeze({ ...f, dependsOn: Object.freeze(f.dependsOn), tags: Object.freeze(tags) }),
  };
}

type MutableFields = { id: string | null; dependsOn: string[]; priority: TaskPriority | null; start: string | null; scheduled: string | null; created: string | null; done: string | null; cancelled: string | null; recurrenceText: string | null };

function applyDataviewField(key: string, value: string, f: MutableFields, setDue: (date: string) => void): boolean {
  const date = ISO_DATE.test(value.slice(0, 10)) ? value.slice(0, 10) : null;
  switch (key) {
    case "due":
      if (date) setDue(date);
      return date !== null;
    case "scheduled":
      f.scheduled ??= date;
      return date !== null;
    case "start":
      f.start ??= date;
      return date !== null;
    case "created":
      f.created ??= date;
      return date !== null;
    case "completion":
      f.done ??= date;
      return date !== null;
    case "cancelled":
      f.cancelled ??= date;
      return date !== null;
    case "priority":
      if (PRIORITY_WORDS.has(value.toLowerCase())) f.priority ??= value.toLowerCase() as TaskPriority;
      return true;
    case "repeat":
      f.recurrenceText ??= value;
      return true;
    case "id":
      f.id ??= value;
      return true;
    case "dependson":
      if (f.dependsOn.length === 0) f.dependsOn = value.split(",").map((s) => s.trim()).filter(Boolean);
      return true;
    default:
      return false;
  }
}
