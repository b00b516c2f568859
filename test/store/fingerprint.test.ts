import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digest } from "../../src/model/hash";
import { Fingerprint, hashValue } from "../../src/store/fingerprint";
import { isItemNoteProblem, readItemNote, serializeItemNote } from "../../src/store/item-note";
import { planItemUpdate } from "../../src/store/item-note-update";
import { MANAGED_FIELDS, type FieldValue, type ManagedField, type ManagedValues } from "../../src/store/item-fields";

/** Values with `set` filled in and every other field empty. */
function values(set: Partial<Record<ManagedField, FieldValue>>): ManagedValues {
  const out = {} as Record<ManagedField, FieldValue>;
  for (const field of MANAGED_FIELDS) out[field] = set[field] ?? null;
  return out;
}

const SAMPLE = values({ title: "Send the brief", owner: "[[Maya Chen]]", due: "2026-11-25T17:00:00+00:00", tags: ["handoff/commitment"], quote: "I'll send the brief by Wednesday." });

const fieldValue: fc.Arbitrary<FieldValue> = fc.oneof(fc.constant(null), fc.string({ minLength: 1 }), fc.string({ unit: "grapheme", minLength: 1 }), fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 3 }));
const anyValues = fc.record(Object.fromEntries(MANAGED_FIELDS.map((f) => [f, fieldValue])) as Record<ManagedField, fc.Arbitrary<FieldValue>>);

describe("hashValue", () => {
  it("is digest(text, 6) of a string and of a list's JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), fc.array(fc.string(), { maxLength: 4 }), (text, list) => {
        expect(hashValue(text)).toBe(digest(text, 6));
        expect(hashValue(list)).toBe(digest(JSON.stringify(list), 6));
      }),
      { numRuns: 500 },
    );
  });

  it.each(["", "a", "Send the brief", "é—🚀", "x".repeat(5000)])("writes six base-36 digits for %j", (text) => {
    expect(hashValue(text)).toMatch(/^[0-9a-z]{6}$/);
    expect(hashValue(text)).toBe(digest(text, 6));
  });
});

describe("Fingerprint.matches", () => {
  it("is true for exactly the text Fingerprint.of writes, and then no field counts as edited", () => {
    fc.assert(
      fc.property(anyValues, (vals) => {
        const text = Fingerprint.of(vals).toString();
        expect(Fingerprint.matches(text, vals)).toBe(true);
        const parsed = Fingerprint.parse(text);
        for (const field of MANAGED_FIELDS) expect(parsed.edited(field, vals[field])).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  const written = Fingerprint.of(SAMPLE).toString();
  const entries = written.split(" ");

  it.each<[string, string | null]>([
    ["no fingerprint", null],
    ["an empty fingerprint", ""],
    ["entries in another order", [...entries].reverse().join(" ")],
    ["an extra entry", `${written} zzz=abcdef`],
    ["an entry missing", entries.slice(1).join(" ")],
    ["one hash changed", written.replace(/owner=[0-9a-z]{6}/, "owner=000000")],
    ["a longer hash", written.replace(/(owner=[0-9a-z]{6})/, "$1x")],
    ["a trailing space", `${written} `],
    ["two spaces between entries", entries.join("  ")],
    ["a field renamed", written.replace("due=", "due_text=")],
  ])("is false for %s", (_what, text) => {
    expect(Fingerprint.matches(text, SAMPLE)).toBe(false);
  });

  it("is false when a value changed since the fingerprint was written", () => {
    expect(Fingerprint.matches(written, SAMPLE)).toBe(true);
    expect(Fingerprint.matches(written, { ...SAMPLE, title: "Send the brief today" })).toBe(false);
    expect(Fingerprint.matches(written, { ...SAMPLE, due: null })).toBe(false);
    expect(Fingerprint.matches(written, { ...SAMPLE, status: "open" })).toBe(false);
  });
});

describe("planItemUpdate when the values already agree", () => {
  const record = { kind: "commitment" as const, id: "ho-k3j9x2a", extractedBy: "rules" as const, dateCreated: "2026-11-23", sourceMissing: false, values: SAMPLE };
  const path = "Handoff/Commitments/Send the brief (ho-k3j9x2a).md";
  const read = (text: string) => {
    const note = readItemNote(path, text);
    if (isItemNoteProblem(note)) throw new Error(note.problem);
    return note;
  };

  it("plans nothing for a note extraction wrote and nobody touched", () => {
    expect(planItemUpdate(read(serializeItemNote(record)), SAMPLE, false)).toBeNull();
  });

  it("still takes back a field a person edited to what extraction now finds (only the fingerprint changes)", () => {
    const edited = read(serializeItemNote(record).replace('owner: "[[Maya Chen]]"', 'owner: "[[Oliver Hughes]]"'));
    const agreeing = { ...SAMPLE, owner: "[[Oliver Hughes]]" };
    const patch = planItemUpdate(edited, agreeing, false);
    expect(patch?.changes).toEqual([]);
    expect(patch?.fingerprint.toString()).toBe(Fingerprint.of(agreeing).toString());
  });

  it("reads a fingerprint written in another order on the full path: nothing edited, nothing planned", () => {
    const text = serializeItemNote(record);
    const fp = /handoff_fp: (.*)\n/.exec(text)?.[1] ?? "";
    const note = read(text.replace(fp, fp.split(" ").reverse().join(" ")));
    expect(planItemUpdate(note, SAMPLE, false)).toBeNull();
    expect(planItemUpdate(note, SAMPLE, true)?.changes).toEqual([{ field: "source_missing", from: false, to: true }]);
  });
});
