import { describe, expect, it } from "vitest";
import { ItemGraph } from "../../src/ui/item-graph";
import { QUEUE_SECTIONS, buildQueue } from "../../src/ui/queue-model";
import { reasonText } from "../../src/ui/queue-entry";
import { ViewerIdentity } from "../../src/ui/viewer-identity";
import { teamDirectory } from "./item-set";
import { QUEUE_EXPECTED, queueScenario } from "./queue-scenario";

const NOW = "2026-11-23T12:00:00.000Z";
const { directory, people } = teamDirectory();
const maya = people.find((p) => p.name === "Maya Chen")!;
const wei = people.find((p) => p.name === "Wei Ling Tan")!;

describe("buildQueue", () => {
  const items = queueScenario(NOW);
  const queue = buildQueue(items, ItemGraph.from(items), maya, directory, "Europe/London", Date.parse(NOW));

  it("puts each item in its section, overdue first, earliest deadline first", () => {
    const ids = Object.fromEntries(QUEUE_SECTIONS.map((s) => [s.id, queue[s.id].map((e) => e.item.id)]));
    expect(ids).toEqual(QUEUE_EXPECTED);
  });

  it("says why each item waits on the viewer", () => {
    const texts = (id: string) => Object.values(queue).flat().find((e) => e.item.id === id)!.reasons.map((r) => reasonText(r, Date.parse(NOW)));
    expect(texts("r2")).toEqual(["Asked of Product (your team)"]);
    expect(texts("r1")).toEqual(["Asked of you"]);
    expect(texts("c4")).toEqual(["Blocks 1: Launch pricing (Wei Ling Tan)"]);
    expect(texts("dec1")).toEqual(["Window closes in 3h 00m"]);
    expect(texts("dec3")).toEqual(["Window closed 1h 00m ago"]);
  });

  it("is someone else's queue for another viewer", () => {
    const weis = buildQueue(items, ItemGraph.from(items), wei, directory, "Asia/Singapore", Date.parse(NOW));
    expect(Object.fromEntries(QUEUE_SECTIONS.map((s) => [s.id, weis[s.id].map((e) => e.item.id)]))).toEqual({
      overdue: [], asked: ["r3"], blocking: [], closing: ["dec4"],
    });
  });
});

describe("ViewerIdentity", () => {
  const me = ViewerIdentity.of(maya, directory);
  it.each([
    ["Maya Chen", "me"], ["maya", "me"], ["@maya", "me"], ["[[Maya Chen]]", "me"], ["Product", "team"], ["product", "team"],
    ["Dev", null], ["Wei Ling Tan", null], ["Somebody Else", null],
  ] as const)("%s → %s", (name, verdict) => {
    expect(me.classify(name)).toBe(verdict);
  });
});
