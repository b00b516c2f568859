/**
 * A hand-written "waiting on me" scenario for Maya Chen (Product, London) at Monday 23 November
 * 2026 12:00 UTC, with the sections it must produce. Used by the Node test of the queue model
 * and by the browser test of the queue view.
 */
import type { Item } from "../../src/model/item";
import { makeItem } from "./fixtures";

const HOUR = 3_600_000;

/** The items; `now` is the page's fixed now (ISO). */
export function queueScenario(now: string): Item[] {
  const at = (hours: number): string => new Date(Date.parse(now) + hours * HOUR).toISOString();
  return [
    makeItem({ id: "r1", kind: "request", title: "Input needed on pricing copy", owner: "Wei Ling Tan", parties: ["Maya Chen"], due: "2026-11-25T17:00:00+08:00", sourcePath: "Channels/billing-v2/2026-11-23 Wei update.md" }),
    makeItem({ id: "r2", kind: "request", title: "Review the Q1 roadmap draft", owner: "Liam Tremblay", parties: ["Product"], due: "2026-11-20T17:00:00-05:00" }),
    makeItem({ id: "r3", kind: "request", title: "API review", owner: "Maya Chen", parties: ["Dev"] }),
    makeItem({ id: "r4", kind: "request", title: "Answered already", owner: "Wei Ling Tan", parties: ["Maya Chen"], status: "done" }),
    makeItem({ id: "r5", kind: "request", title: "Copy input from my own team", owner: "Maya Chen", parties: ["Product"] }),
    makeItem({ id: "r6", kind: "request", title: "Thoughts on the onboarding flow?", owner: "Chloe Roy", parties: ["@maya"] }),
    makeItem({ id: "d1", kind: "dependency", title: "Sign-off from Maya on the mockups", owner: "Maya Chen", parties: ["Maya"], action: "sign-off", due: "2026-11-24T17:00:00Z" }),
    makeItem({ id: "c1", title: "Send the client brief", owner: "Maya Chen", due: "2026-11-26T17:00:00Z" }),
    makeItem({ id: "b1", title: "Build the landing page", owner: "Oliver Hughes", blockedBy: ["c1"] }),
    makeItem({ id: "c2", title: "Write the FAQ", owner: "Maya Chen" }),
    makeItem({ id: "b2", title: "Publish the FAQ", owner: "Oliver Hughes", blockedBy: ["c2"], status: "done" }),
    makeItem({ id: "c3", title: "Tidy the backlog", owner: "Maya Chen" }),
    makeItem({ id: "dec1", kind: "decision", title: "Go with vendor X", owner: "Maya Chen", windowCloses: at(3), choice: "vendor X" }),
    makeItem({ id: "dec2", kind: "decision", title: "Move the launch", owner: "Maya Chen", windowCloses: at(30) }),
    makeItem({ id: "dec3", kind: "decision", title: "Drop the legacy plan", owner: "Maya Chen", windowCloses: at(-1) }),
    makeItem({ id: "dec4", kind: "decision", title: "Wei's call on caching", owner: "Wei Ling Tan", windowCloses: at(2) }),
    makeItem({ id: "c4", title: "Finish the pricing page", owner: "Maya Chen", status: "in-progress", due: "2026-11-21T17:00:00Z" }),
    makeItem({ id: "b3", title: "Launch pricing", owner: "Wei Ling Tan", blockedBy: ["c4"] }),
  ];
}

/** Ids per section, in order, for Maya Chen. */
export const QUEUE_EXPECTED = {
  overdue: ["r2", "c4", "dec3"],
  asked: ["d1", "r1", "r6"],
  blocking: ["c1"],
  closing: ["dec1"],
} as const;
