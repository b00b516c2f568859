import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { splitFrontmatter } from "../../src/store/frontmatter";

/** Fields of a test item note; written in the store's key order and YAML style. */
export interface ItemFields {
  readonly id: string;
  readonly title: string;
  readonly status?: string;
  readonly owner?: string;
  readonly tags?: readonly string[];
}

/** The vault path of an item note, as the store names them. */
export function itemPath(fields: ItemFields): string {
  return `Handoff/Commitments/${fields.title} (${fields.id}).md`;
}

/** An item note as the store writes one (see `serializeItemNote`), with optional comment lines under it. */
export function itemNote(fields: ItemFields, comments: readonly string[] = []): string {
  const tags = fields.tags ?? ["handoff/commitment"];
  return [
    "---",
    "type: commitment",
    `id: ${fields.id}`,
    `title: ${fields.title}`,
    `status: ${fields.status ?? "open"}`,
    `owner: "[[${fields.owner ?? "Maya Chen"}]]"`,
    "due: 2026-11-27T17:00:00+00:00",
    `source: "[[Channels/team/2026-11-24 Standup#^${fields.id}]]"`,
    "extracted_by: rules",
    "dateCreated: 2026-11-24",
    "tags:",
    ...tags.map((t) => `  - ${t}`),
    "handoff_fp: owner=abc123 status=def456 title=ghi789",
    "---",
    "",
    `> ${fields.title}`,
    "",
    `Source: [[Channels/team/2026-11-24 Standup#^${fields.id}]]`,
    "",
    ...comments,
  ].join("\n") + (comments.length > 0 ? "\n" : "");
}

/** Reads a note's frontmatter data and body from a clone. */
export function readNote(root: string, path: string): { data: Record<string, unknown>; body: string; text: string } {
  const text = readFileSync(join(root, path), "utf8");
  const note = splitFrontmatter(text);
  if (note.error !== null) throw new Error(`${path}: ${note.error}`);
  return { data: { ...note.data }, body: note.body, text };
}

/**
 * Edits an item note's frontmatter field as Handoff would (value plus its `handoff_edited` entry
 * at `at`), or by hand (value only) when `at` is null. Works on the text, keeping everything else.
 */
export function editField(root: string, path: string, field: string, value: string, at: string | null): void {
  const file = join(root, path);
  let text = readFileSync(file, "utf8");
  const line = new RegExp(`^${field}: .*$`, "m");
  const rendered = field === "owner" ? `${field}: "[[${value}]]"` : `${field}: ${value}`;
  text = line.test(text) ? text.replace(line, rendered) : text.replace(/\n---\n/, `\n${rendered}\n---\n`);
  if (at !== null) {
    const current = /^handoff_edited: "?([^"\n]*)"?$/m.exec(text);
    const entries = new Map((current?.[1] ?? "").split(" ").filter((t) => t.includes("=")).map((t) => [t.slice(0, t.indexOf("=")), t.slice(t.indexOf("=") + 1)]));
    entries.set(field, at);
    const value2 = [...entries.keys()].sort().map((k) => `${k}=${entries.get(k) ?? ""}`).join(" ");
    text = current ? text.replace(current[0], `handoff_edited: ${value2}`) : text.replace(/\n---\n/, `\nhandoff_edited: ${value2}\n---\n`);
  }
  writeFileSync(file, text);
}

/** Appends a line to a note. */
export function appendLine(root: string, path: string, line: string): void {
  const file = join(root, path);
  const text = readFileSync(file, "utf8");
  writeFileSync(file, `${text}${text.endsWith("\n") || text === "" ? "" : "\n"}${line}\n`);
}

/** Replaces one whole line (1-based) of a note. */
export function replaceLine(root: string, path: string, lineNumber: number, line: string): void {
  const file = join(root, path);
  const lines = readFileSync(file, "utf8").split("\n");
  lines[lineNumber - 1] = line;
  writeFileSync(file, lines.join("\n"));
}
