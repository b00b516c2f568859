import { describe, expect, it } from "vitest";
import { coalesce, ReindexQueue, type IndexOp, type IndexTarget } from "../../src/obsidian/reindex-queue";
import { ManualTimers, settle } from "./manual-timers";

/** A target that records calls; each call takes `ms` of the manual clock if given a gate. */
function recorder() {
  const calls: string[] = [];
  let active = 0;
  let overlapped = false;
  const step = async (name: string): Promise<void> => {
    active++;
    if (active > 1) overlapped = true;
    calls.push(name);
    await settle();
    active--;
  };
  const target: IndexTarget = {
    reindex: (p) => step(`reindex ${p}`),
    remove: (p) => step(`remove ${p}`),
    rename: (a, b) => step(`rename ${a}>${b}`),
    rescan: () => step("rescan"),
  };
  return { calls, target, overlapped: () => overlapped };
}

const r = (path: string): IndexOp => ({ kind: "reindex", path });

describe("coalesce", () => {
  it.each<[string, IndexOp[], IndexOp, IndexOp[]]>([
    ["a note queued twice runs once", [r("a")], r("a"), [r("a")]],
    ["different notes both run", [r("a")], r("b"), [r("a"), r("b")]],
    ["a removal drops the pending re-index", [r("a"), r("b")], { kind: "remove", path: "a" }, [r("b"), { kind: "remove", path: "a" }]],
    ["a rename carries the re-index", [r("a")], { kind: "rename", from: "a", to: "b" }, [{ kind: "rename", from: "a", to: "b" }]],
    ["a rescan replaces everything", [r("a"), { kind: "remove", path: "b" }], { kind: "rescan" }, [{ kind: "rescan" }]],
    ["nothing queues behind a rescan", [{ kind: "rescan" }], r("a"), [{ kind: "rescan" }]],
  ])("%s", (_name, pending, op, expected) => expect(coalesce(pending, op)).toEqual(expected));
});

describe("ReindexQueue", () => {
  it("waits for quiet, then runs one batch with each note once", async () => {
    const timers = new ManualTimers();
    const { calls, target } = recorder();
    let batches = 0;
    const queue = new ReindexQueue(target, timers, { debounceMs: 300, onBatch: () => batches++ });
    queue.push(r("a"));
    await timers.advance(200);
    queue.push(r("b"));
    queue.push(r("a"));
    await timers.advance(200);
    expect(calls).toEqual([]);
    await timers.advance(200);
    expect(calls).toEqual(["reindex a", "reindex b"]);
    expect(batches).toBe(1);
  });

  it("runs at the latest maxWait after the first event while events keep coming (a long pull)", async () => {
    const timers = new ManualTimers();
    const { calls, target } = recorder();
    const queue = new ReindexQueue(target, timers, { debounceMs: 300, maxWaitMs: 1000 });
    for (let i = 0; i < 8; i++) {
      queue.push(r(`n${i}`));
      await timers.advance(200);
    }
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(8);
    await timers.advance(1000);
    expect(new Set(calls).size).toBe(8);
  });

  it("runs one operation at a time, events during a batch going to the next", async () => {
    const timers = new ManualTimers();
    const rec = recorder();
    const queue = new ReindexQueue(rec.target, timers, { debounceMs: 10 });
    for (const p of ["a", "b", "c"]) queue.push(r(p));
    await timers.advance(10);
    queue.push(r("d"));
    await timers.advance(50);
    expect(rec.calls).toEqual(["reindex a", "reindex b", "reindex c", "reindex d"]);
    expect(rec.overlapped()).toBe(false);
  });

  it("holds a note being typed in until its writer pauses, and runs the others", async () => {
    const timers = new ManualTimers();
    const { calls, target } = recorder();
    const edits = new Map<string, number>([["typing.md", 0]]);
    const queue = new ReindexQueue(target, timers, { debounceMs: 100, idleMs: 2000, lastEdit: (p) => edits.get(p) ?? null });
    queue.push(r("typing.md"));
    queue.push(r("other.md"));
    await timers.advance(100);
    expect(calls).toEqual(["reindex other.md"]);
    edits.set("typing.md", 1500); // still typing
    await timers.advance(1900);
    expect(calls).toEqual(["reindex other.md"]);
    await timers.advance(2000);
    expect(calls).toEqual(["reindex other.md", "reindex typing.md"]);
  });

  it("flush runs everything now, held notes included", async () => {
    const timers = new ManualTimers();
    const { calls, target } = recorder();
    const queue = new ReindexQueue(target, timers, { lastEdit: () => 0 });
    queue.push(r("a"));
    await queue.flush();
    expect(calls).toEqual(["reindex a"]);
    expect(queue.size).toBe(0);
  });

  it("goes on after an operation throws, reporting it", async () => {
    const timers = new ManualTimers();
    const errors: string[] = [];
    const done: string[] = [];
    const target: IndexTarget = {
      reindex: async (p) => {
        if (p === "bad") throw new Error("boom");
        done.push(p);
      },
      remove: async () => undefined,
      rename: async () => undefined,
      rescan: async () => undefined,
    };
    const queue = new ReindexQueue(target, timers, { debounceMs: 1, onError: (e, op) => errors.push(`${(e as Error).message} ${JSON.stringify(op)}`) });
    queue.push(r("bad"));
    queue.push(r("good"));
    await timers.advance(5);
    expect(done).toEqual(["good"]);
    expect(errors).toEqual(['boom {"kind":"reindex","path":"bad"}']);
  });

  it("exclusive work waits for the running batch and batches wait for it", async () => {
    const timers = new ManualTimers();
    const rec = recorder();
    const queue = new ReindexQueue(rec.target, timers, { debounceMs: 1 });
    queue.push(r("a"));
    await timers.advance(1);
    const result = queue.exclusive(async () => {
      rec.calls.push("exclusive");
      queue.push(r("b"));
      await timers.advance(5);
      rec.calls.push("exclusive end");
      return 7;
    });
    expect(await result).toBe(7);
    await timers.advance(5);
    expect(rec.calls).toEqual(["reindex a", "exclusive", "exclusive end", "reindex b"]);
  });

  it("does nothing after stop", async () => {
    const timers = new ManualTimers();
    const { calls, target } = recorder();
    const queue = new ReindexQueue(target, timers, { debounceMs: 1 });
    queue.push(r("a"));
    queue.stop();
    queue.push(r("b"));
    await timers.advance(10);
    expect(calls).toEqual([]);
    expect(timers.pending).toBe(0);
  });
});
