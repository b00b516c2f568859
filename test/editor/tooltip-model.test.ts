import { describe, expect, it } from "vitest";
import { tooltipEntries } from "../../src/editor/tooltip-model";
import { makeCandidate } from "../../src/model/candidate";
import { makeItem } from "../ui/fixtures";

const ctx = { now: "2026-11-24T12:00:00Z", viewerZone: "America/Toronto", writerZone: "Europe/London" };

describe("tooltipEntries", () => {
  const commitment = makeCandidate({ kind: "commitment", line: 3, from: 0, to: 40, text: "Wei Ling will send the API spec by Thursday EOD.", title: "Send the API spec", owner: "Wei Ling Tan", due: "2026-11-26T17:00:00+00:00", dueText: "by Thursday EOD" });

  it("describes a new candidate from extraction", () => {
    const [entry] = tooltipEntries([commitment], [null], ctx);
    expect(entry).toMatchObject({ kindLabel: "Commitment", trackLabel: "New, not tracked yet", tracked: false, status: "open", owner: "Wei Ling Tan", parties: null, windowCloses: null, item: null });
    expect(entry.due).toEqual({
      phrase: "by Thursday EOD",
      iso: "2026-11-26T17:00:00+00:00",
      text: { writer: "Thu 26 Nov 2026, 17:00 GMT", viewer: "Thu 26 Nov 2026, 12:00 EST", relative: "in 2 days", past: false },
    });
  });

  it("prefers the tracked item's own fields, which a person may have edited", () => {
    const item = makeItem({ id: "ho-1", status: "in-progress", owner: "Daniel Lim", due: "2026-11-23T17:00:00+00:00" });
    const [entry] = tooltipEntries([commitment], [item], ctx);
    expect(entry).toMatchObject({ trackLabel: "Tracked", tracked: true, status: "in-progress", owner: "Daniel Lim", item });
    expect(entry.due?.text?.relative).toBe("19 hours ago");
    expect(entry.due?.text?.past).toBe(true);
    expect(entry.due?.phrase).toBe("by Thursday EOD");
  });

  it("shows a decision window's close, requests' parties, and FYIs without status", () => {
    const window = makeCandidate({ kind: "decision", line: 1, from: 0, to: 5, text: "Proceeding with A", title: "A", status: "open", windowCloses: "2026-11-27T15:00:00+00:00", windowText: "at 3pm Friday" });
    const request = makeCandidate({ kind: "request", line: 2, from: 6, to: 9, text: "Input needed", title: "Input", parties: ["Dev", "Maya Chen"] });
    const fyi = makeCandidate({ kind: "fyi", line: 3, from: 10, to: 12, text: "FYI", title: "FYI" });
    const [w, r, f] = tooltipEntries([window, request, fyi], [null, null, null], ctx);
    expect(w.kindLabel).toBe("Decision window");
    expect(w.windowCloses?.text?.writer).toBe("Fri 27 Nov 2026, 15:00 GMT");
    expect(w.windowCloses?.phrase).toBe("at 3pm Friday");
    expect(r.parties).toBe("Dev, Maya Chen");
    expect(f).toMatchObject({ kindLabel: "FYI", trackLabel: "FYI, no action needed", status: null });
  });

  it("keeps an unreadable stored deadline as written", () => {
    const item = makeItem({ id: "ho-2", due: "next Thursday-ish" });
    const [entry] = tooltipEntries([commitment], [item], ctx);
    expect(entry.due).toEqual({ phrase: "by Thursday EOD", iso: "next Thursday-ish", text: null });
  });
});
