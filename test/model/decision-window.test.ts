import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDecisionAction, blockerOpenAt, earliestInstant, latestInstant, windowStep, type WindowDecision } from "../../src/model/decision-window";
import type { Blocker } from "../../src/model/item";
import type { ItemStatus } from "../../src/model/status";

// The decision-window state machine: pure, every instant an input.

const CLOSE = "2026-11-20T15:00:00+00:00";
const CLOSE_MS = Date.parse(CLOSE);
const HOUR = 3_600_000;

function blocker(fields: Partial<Blocker>): Blocker {
  return { path: "Channels/x/reply.md", line: 3, text: "Blocker: legal", author: "Sarah Okafor", raisedAt: null, open: true, resolvedAt: null, ...fields };
}

function decision(blockers: Blocker[] = [], status: ItemStatus = "open", windowCloses: string | null = CLOSE): WindowDecision {
  return { status, windowCloses, blockers };
}

describe("earliestInstant / latestInstant", () => {
  it.each<[string, number | null, number | null]>([
    ["2026-11-20T15:00:00+00:00", Date.parse("2026-11-20T15:00:00Z"), Date.parse("2026-11-20T15:00:00Z")],
    ["2026-11-20T23:00:00+08:00", Date.parse("2026-11-20T15:00:00Z"), Date.parse("2026-11-20T15:00:00Z")],
    ["2026-11-20T10:00Z", Date.parse("2026-11-20T10:00:00Z"), Date.parse("2026-11-20T10:00:00Z")],
    // A date alone spans 00:00 at UTC+14 to 24:00 at UTC−12.
    ["2026-11-20", Date.parse("2026-11-19T10:00:00Z"), Date.parse("2026-11-21T12:00:00Z") - 1],
    ["2026-02-30", null, null],
    ["2026-11-20T15:00", null, null],
    ["Friday", null, null],
  ])("%s", (value, earliest, latest) => {
    expect(earliestInstant(value)).toBe(earliest);
    expect(latestInstant(value)).toBe(latest);
  });
});

describe("blockerOpenAt", () => {
  it.each<[string, Partial<Blocker>, boolean]>([
    ["open, raised before the close", { raisedAt: "2026-11-19T09:00:00Z" }, true],
    ["open, raised at the close exactly", { raisedAt: CLOSE }, true],
    ["open, raised a second after the close", { raisedAt: "2026-11-20T15:00:01+00:00" }, false],
    ["open, raised at an unknown time", { raisedAt: null }, true],
    ["open, note dated the closing day (may be before)", { raisedAt: "2026-11-20" }, true],
    ["open, note dated the day after in every zone", { raisedAt: "2026-11-22" }, false],
    ["resolved, no time: counts as before the close", { open: false }, false],
    ["resolved before the close", { open: false, resolvedAt: "2026-11-20T14:00:00Z" }, false],
    ["resolved after the close", { open: false, resolvedAt: "2026-11-20T16:00:00Z" }, true],
    ["resolved on the closing day (may be after)", { open: false, resolvedAt: "2026-11-20" }, true],
    ["resolved the day before, date only", { open: false, resolvedAt: "2026-11-18" }, false],
  ])("%s", (_name, fields, expected) => {
    expect(blockerOpenAt(blocker(fields), CLOSE_MS)).toBe(expected);
  });
});

describe("windowStep", () => {
  it("waits before the close", () => {
    expect(windowStep(decision(), CLOSE_MS - 1)).toEqual({ kind: "wait", closesMs: CLOSE_MS });
  });

  it("adopts at the close exactly, recording the close as written", () => {
    expect(windowStep(decision(), CLOSE_MS)).toEqual({ kind: "adopt", at: CLOSE });
  });

  it("contests with the blockers open at the close", () => {
    const open = blocker({ raisedAt: "2026-11-18" });
    const late = blocker({ raisedAt: "2026-11-23", line: 9 });
    expect(windowStep(decision([open, late]), CLOSE_MS + HOUR)).toEqual({ kind: "contest", at: CLOSE, blockers: [open] });
  });

  it.each<[string, WindowDecision, string]>([
    ["adopted", decision([], "adopted"), "not-open"],
    ["contested", decision([], "contested"), "not-open"],
    ["withdrawn", decision([], "withdrawn"), "not-open"],
    ["no window", decision([], "open", null), "no-window"],
    ["a window without a zone", decision([], "open", "2026-11-20T15:00"), "bad-window"],
    ["a window that is a date", decision([], "open", "2026-11-20"), "bad-window"],
    ["a window that is text", decision([], "open", "Friday 3pm"), "bad-window"],
  ])("does nothing for %s", (_name, d, reason) => {
    expect(windowStep(d, CLOSE_MS + 48 * HOUR)).toEqual({ kind: "none", reason });
  });

  it("throws on a now that is not a number", () => {
    expect(() => windowStep(decision(), Number.NaN)).toThrow("windowStep: now must be epoch milliseconds, got NaN");
  });
});

describe("windowStep properties", () => {
  const instant = fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-01-01T00:00:00Z") });
  const offset = fc.constantFrom("+00:00", "+08:00", "-05:00", "+05:45", "-12:00", "+14:00");
  const zoned = (ms: number, off: string): string => {
    const sign = off.startsWith("-") ? -1 : 1;
    const minutes = sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
    return `${new Date(ms + minutes * 60_000).toISOString().slice(0, 19)}${off}`;
  };
  const stamp = fc.oneof(
    fc.constant(null),
    fc.tuple(instant, offset).map(([ms, off]) => zoned(Math.floor(ms / 1000) * 1000, off)),
    instant.map((ms) => new Date(ms).toISOString().slice(0, 10)),
  );
  const blockers = fc.array(fc.record({ raisedAt: stamp, open: fc.boolean(), resolvedAt: stamp }).map((b) => blocker({ ...b, resolvedAt: b.open ? null : b.resolvedAt })), { maxLength: 4 });
  const scenario = fc.record({ close: instant, off: offset, now: instant, blockers });

  it("never adopts or contests before windowCloses, and always records the close itself", () => {
    fc.assert(
      fc.property(scenario, ({ close, off, now, blockers: list }) => {
        const closes = zoned(Math.floor(close / 1000) * 1000, off);
        const step = windowStep(decision(list, "open", closes), now);
        if (now < Date.parse(closes)) return step.kind === "wait";
        return (step.kind === "adopt" || step.kind === "contest") && step.at === closes;
      }),
    );
  });

  it("never adopts with a blocker open at the close", () => {
    fc.assert(
      fc.property(scenario, ({ close, off, now, blockers: list }) => {
        const closes = zoned(Math.floor(close / 1000) * 1000, off);
        const step = windowStep(decision(list, "open", closes), now);
        if (step.kind !== "adopt") return true;
        return list.every((b) => !blockerOpenAt(b, Date.parse(closes)));
      }),
    );
  });

  it("gives the same step whenever it runs after the close (two devices agree)", () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 30 * 24 * 3600_000 }), fc.integer({ min: 0, max: 30 * 24 * 3600_000 }), ({ close, off, blockers: list }, a, b) => {
        const closes = zoned(Math.floor(close / 1000) * 1000, off);
        const at = Date.parse(closes);
        expect(windowStep(decision(list, "open", closes), at + a)).toEqual(windowStep(decision(list, "open", closes), at + b));
      }),
    );
  });
});

describe("applyDecisionAction", () => {
  it.each<[ItemStatus, "adopt" | "withdraw" | "supersede", string]>([
    ["open", "adopt", "adopted"],
    ["contested", "adopt", "adopted"],
    ["open", "withdraw", "withdrawn"],
    ["contested", "withdraw", "withdrawn"],
    ["adopted", "withdraw", "withdrawn"],
    ["adopted", "supersede", "superseded"],
    ["open", "supersede", "superseded"],
  ])("%s + %s → %s", (from, action, to) => {
    expect(applyDecisionAction(from, action)).toEqual({ ok: true, status: to });
  });

  it.each<[ItemStatus, "adopt" | "withdraw" | "supersede", string]>([
    ["adopted", "adopt", "This decision is already adopted."],
    ["withdrawn", "adopt", "A withdrawn decision cannot be adopted."],
    ["superseded", "withdraw", "A superseded decision cannot be withdrawn."],
    ["withdrawn", "supersede", "A withdrawn decision cannot be superseded."],
    ["superseded", "supersede", "This decision is already superseded."],
  ])("refuses %s + %s", (from, action, reason) => {
    expect(applyDecisionAction(from, action)).toEqual({ ok: false, reason });
  });
});
