// A small stand-in for src/extract's `extractNote`, so the store can be tested on its own: a few
// line patterns, real line numbers and offsets, the note's frontmatter date and author. It is a
// collaborator's double, not the thing under test; scan.e2e tests run the real extractor.
import { makeCandidate, type Candidate, type TaskLineFields } from "../../src/model/candidate";
import type { ItemStatus } from "../../src/model/status";
import { splitFrontmatter } from "../../src/store/frontmatter";
import type { SourceExtraction } from "../../src/store/reconcile";
import type { ExtractorContext } from "../../src/store/source-note";
import { linkName } from "../../src/store/wikilink";

const LIST_PREFIX = /^(\s*(?:[-*+]|\d+[.)])\s+(?:\[(.)\]\s+)?)/;
const BLOCK_ID = /\s\^[A-Za-z0-9-]+\s*$/;
const TASK_ID = /🆔\s*([A-Za-z0-9_-]+)/;
const DEPENDS = /⛔\s*([A-Za-z0-9_,-]+)/;
const DONE_DATE = /✅\s*(\d{4}-\d{2}-\d{2})/;
const DUE_DATE = /📅\s*(\d{4}-\d{2}-\d{2})/;
const BY_DAY = /\bby (Monday|Tuesday|Wednesday|Thursday|Friday|tomorrow)\b/;
const NEED_FROM = /\bneed (sign-off|review|approval) from (\w+)/i;

export function stubExtract(text: string, ctx: ExtractorContext): SourceExtraction {
  const split = splitFrontmatter(text);
  const date = typeof split.data.date === "string" ? split.data.date : null;
  const author = typeof split.data.author === "string" ? linkName(split.data.author) : null;
  const reference = date ?? ctx.now?.slice(0, 10) ?? null;
  const candidates: Candidate[] = [];
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < lines.length; offset += lines[i].length + 1, i++) {
    if (i < split.bodyLine - 1) continue;
    const raw = lines[i].replace(/\r$/, "");
    const prefix = LIST_PREFIX.exec(raw);
    const from = offset + (prefix ? prefix[1].length : 0);
    let body = raw.slice(prefix ? prefix[1].length : 0).replace(BLOCK_ID, "");
    const fields = taskFields(body);
    body = body.replace(/\s*(?:🆔|⛔|✅|📅)\s*[A-Za-z0-9_,-]+/gu, "").trim();
    if (body === "") continue;
    const base = { line: i + 1, from, to: from + body.length, text: body, heading: null };
    const due = BY_DAY.exec(body);
    const dueFields = fields?.dueDate
      ? { due: `${fields.dueDate}T17:00:00+00:00`, dueText: fields.dueDate }
      : due && reference
        ? { due: `${reference}T17:00:00+00:00`, dueText: due[1] }
        : {};
    if (prefix?.[2] !== undefined) {
      const status: ItemStatus = prefix[2] === "x" ? "done" : prefix[2] === "-" ? "cancelled" : "open";
      candidates.push(makeCandidate({ ...base, kind: "commitment", title: body, owner: author, status, extractedBy: "tasks", task: fields?.task ?? null, ...dueFields }));
      continue;
    }
    if (body.startsWith("FYI")) {
      candidates.push(makeCandidate({ ...base, kind: "fyi", title: body }));
      continue;
    }
    if (body.startsWith("Decision:")) {
      candidates.push(makeCandidate({ ...base, kind: "decision", title: body.slice(9).trim(), status: "adopted", choice: body.slice(9).trim(), owner: author }));
    }
    if (/\bI(?:'ll| will)\b/.test(body)) {
      candidates.push(makeCandidate({ ...base, kind: "commitment", title: body.replace(/^.*?\bI(?:'ll| will)\s+/, "").replace(/[.!]$/, ""), owner: author, ...dueFields }));
    }
    const need = NEED_FROM.exec(body);
    if (need) {
      candidates.push(makeCandidate({ ...base, kind: "dependency", title: `${need[1]} from ${need[2]}`, owner: author, parties: [need[2]], action: need[1].toLowerCase(), ...dueFields }));
    }
  }
  return { path: ctx.path, date, candidates, problems: [] };
}

function taskFields(body: string): { task: TaskLineFields; dueDate: string | null } | null {
  const id = TASK_ID.exec(body)?.[1] ?? null;
  const depends = DEPENDS.exec(body)?.[1]?.split(",") ?? [];
  const done = DONE_DATE.exec(body)?.[1] ?? null;
  const dueDate = DUE_DATE.exec(body)?.[1] ?? null;
  if (!id && depends.length === 0 && !done && !dueDate) return null;
  return {
    dueDate,
    task: { id, dependsOn: depends, priority: null, start: null, scheduled: null, created: null, done, cancelled: null, recurrenceText: null, tags: [] },
  };
}
