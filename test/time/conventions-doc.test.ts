import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findDeadline } from "../../src/time/deadline";
import { clockOf } from "./clocks";

// docs/time-conventions.md is executable: every row of its example tables
// (| Phrase | Note date | Writer | Due | [RRULE |]) is checked against findDeadline. A Due of
// "none" is a phrase found without an instant (due null).

const doc = readFileSync(fileURLToPath(new URL("../../docs/time-conventions.md", import.meta.url)), "utf8");

/** A table row: phrase, note date, writer ("Zone" or "Zone HH:MM-HH:MM"), due (or "none"), optional RRULE. */
const ROW = /^\| ([^|]+?) \| (\d{4}-\d{2}-\d{2}(?:T[\d:]+Z)?) \| ([\w/]+)(?: (\d{2}:\d{2})-(\d{2}:\d{2}))? \| ([\dT:+-]+|none) \|(?: ([A-Z=;,\d+-]+) \|)?$/gm;

const rows = [...doc.matchAll(ROW)].map((m) => ({
  phrase: m[1] ?? "", reference: m[2] ?? "", zone: m[3] ?? "", dayStart: m[4], dayEnd: m[5], due: m[6] === "none" ? null : (m[6] ?? ""), rrule: m[7] ?? null,
}));

describe("docs/time-conventions.md examples", () => {
  it("has example rows in every section", () => {
    expect(rows.length).toBeGreaterThan(50);
  });
  it.each(rows)("$phrase ($reference, $zone)", ({ phrase, reference, zone, dayStart, dayEnd, due, rrule }) => {
    const clock = clockOf({ reference, zone, ...(dayStart ? { dayStart, dayEnd } : {}) });
    expect(findDeadline(phrase, clock)).toEqual({ text: phrase, index: 0, due, recurrence: rrule });
  });
});
