import { describe, expect, it } from "vitest";
import { awayNotice, DEFAULT_REVIEW_SETTINGS, readReviewSettings, tickNotices } from "../../src/obsidian/review-notices";
import type { TickResult } from "../../src/review/tick";
import { makeItem } from "../ui/fixtures";

// What the plugin's async-health feature reads from device settings and says in notices (pure).

describe("readReviewSettings", () => {
  it.each<[unknown, object]>([
    [undefined, DEFAULT_REVIEW_SETTINGS],
    ["junk", DEFAULT_REVIEW_SETTINGS],
    [{ lastOnline: "2026-11-24T10:00:00Z", tickMinutes: 15, startupNotice: false }, { lastOnline: "2026-11-24T10:00:00Z", tickMinutes: 15, startupNotice: false }],
    [{ lastOnline: "yesterday", tickMinutes: 0, startupNotice: "yes" }, DEFAULT_REVIEW_SETTINGS],
    [{ tickMinutes: 1.5 }, DEFAULT_REVIEW_SETTINGS],
    [{ tickMinutes: 24 * 60 + 1 }, DEFAULT_REVIEW_SETTINGS],
  ])("%j", (stored, expected) => {
    expect(readReviewSettings(stored)).toEqual(expected);
  });
});

describe("notices", () => {
  const decision = makeItem({ id: "d", kind: "decision", title: "Go with Tillpoint", status: "contested" });
  const adopted = makeItem({ id: "a", kind: "decision", title: "Option A", status: "adopted" });
  const result: TickResult = {
    adopted: [{ item: adopted, at: "2026-11-20T15:00:00Z", blockers: [], deciders: ["Maya Chen"], written: true }],
    contested: [
      {
        item: decision,
        at: "2026-11-18T09:30:00Z",
        blockers: [
          { path: "x.md", line: 1, text: "Blocker: legal", author: "Sarah Okafor", raisedAt: null, open: true },
          { path: "y.md", line: 2, text: "Blocker: finance", author: "Sarah Okafor", raisedAt: null, open: true },
        ],
        deciders: ["Daniel Lim"],
        written: true,
      },
    ],
    waiting: [],
    problems: [],
  };

  it("tells each decider about their own decisions only", () => {
    expect(tickNotices(result, "maya chen")).toEqual(['"Option A" was adopted: its window closed with no open blocker.']);
    expect(tickNotices(result, "Daniel Lim")).toEqual(['"Go with Tillpoint" is contested: 2 blockers were open when its window closed (Sarah Okafor). Adopt or withdraw it.']);
    expect(tickNotices(result, "Ken")).toEqual([]);
    expect(tickNotices(result, null)).toEqual([]);
  });

  it("lists up to five things waiting, then how many more", () => {
    expect(awayNotice([])).toBeNull();
    const many = Array.from({ length: 7 }, (_, i) => ({ item: makeItem({ id: `r${i}`, kind: "request", title: `Request ${i}` }), reason: "asked" as const, since: null }));
    expect(awayNotice([{ item: decision, reason: "closed", since: null }, ...many])).toBe(
      [
        "While you were away, 8 things came to wait on you:",
        "• Go with Tillpoint (your decision's window closed: contested)",
        "• Request 0 (asked of you)",
        "• Request 1 (asked of you)",
        "• Request 2 (asked of you)",
        "• Request 3 (asked of you)",
        '…and 3 more in "Waiting on me".',
      ].join("\n"),
    );
  });
});
