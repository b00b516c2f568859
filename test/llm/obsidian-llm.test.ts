import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractNote } from "../../src/extract/extract";
import type { LlmNoteExtraction } from "../../src/extract/llm";
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from "../../src/model/team-settings";
import { DEFAULT_DEVICE_SETTINGS, type DeviceSettings, withDeviceSettings } from "../../src/obsidian/device-settings";
import { LlmBackground } from "../../src/obsidian/llm-background";
import { requestUrlFetch, toResponse } from "../../src/obsidian/llm-fetch";
import { LLM_FEATURE_ID, llmConfigOf, readLlmFeatureSettings } from "../../src/obsidian/llm-settings";
import { LLM_STORAGE_KEY, LocalLlmStore } from "../../src/obsidian/llm-store";
import type { ExtractorContext } from "../../src/store/source-note";
import { KEY, makeRun, NOTE, PATH, TEAM } from "./harness";
import { ManualTimers } from "../obsidian/manual-timers";
import { realRequestUrl } from "./request-url";
import { answering, useStandIn } from "./stand-in";

// The plugin side in Node: the requestUrl fetch adapter against the real stand-in server (with a
// requestUrl that performs real HTTP), and the background runner with hand-driven timers.

const server = useStandIn();

const SHE_SAID = { kind: "commitment", quote: "She said they'd be done Thursday.", owner: null, due_text: "Thursday" };
const viaRequestUrl = requestUrlFetch(realRequestUrl);

describe("requestUrlFetch with the real openai client", () => {
  it("carries the request and the answer: grounded items, the key only as the bearer header", async () => {
    server.respond(answering([SHE_SAID]));
    const { run, warnings } = await makeRun(server.baseUrl, { fetch: viaRequestUrl });
    const result = await run.extract(NOTE, { path: PATH, directory: TEAM, settings: DEFAULT_TEAM_SETTINGS });
    expect(warnings).toEqual([]);
    expect(result.candidates.filter((c) => c.extractedBy === "llm").map((c) => c.text)).toEqual([SHE_SAID.quote]);
    const [req] = server.requests;
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.headers["content-type"]).toMatch(/^application\/json/);
    expect(req.raw).not.toContain(KEY);
    expect(req.body?.model).toBe("stand-in-model");
  });

  it("passes error statuses and headers through: the 400 fallback and a 429 Retry-After work", async () => {
    server.script({ status: 400 }, { status: 429, headers: { "retry-after-ms": "20" } }, { items: [SHE_SAID] });
    const { run, warnings } = await makeRun(server.baseUrl, { fetch: viaRequestUrl });
    const result = await run.extract(NOTE, { path: PATH, directory: TEAM, settings: DEFAULT_TEAM_SETTINGS });
    expect(server.calls()).toBe(3);
    expect(server.requests.map((r) => Boolean(r.body?.response_format))).toEqual([true, false, false]);
    expect(result.llm.added).toBe(1);
    expect(warnings).toEqual([]);
  });

  it("a hang: requestUrl cannot be cancelled, so the adapter gives up at the client's timeout", async () => {
    server.script({ hang: true });
    const { run, warnings } = await makeRun(server.baseUrl, { fetch: viaRequestUrl, timeoutSeconds: 0.3 });
    const started = Date.now();
    const result = await run.extract(NOTE, { path: PATH, directory: TEAM, settings: DEFAULT_TEAM_SETTINGS });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.llm.failure).toMatch(/did not answer within 0.3 s/);
    expect(warnings).toHaveLength(1);
  });

  it("an unreachable server is a connection failure with one warning", async () => {
    const { run, warnings } = await makeRun("http://127.0.0.1:9/v1", { fetch: viaRequestUrl });
    const result = await run.extract(NOTE, { path: PATH, directory: TEAM, settings: DEFAULT_TEAM_SETTINGS });
    expect(result.llm.failure).toMatch(/could not be reached|failed/);
    expect(warnings).toHaveLength(1);
  });
});

describe("requestUrlFetch conversions", () => {
  it("turns requestUrl's result into a Response; bodiless statuses have no body; impossible statuses throw", async () => {
    const body = new TextEncoder().encode('{"a":1}').buffer;
    const ok = toResponse({ status: 200, headers: { "content-type": "application/json", "x-test": "1" }, arrayBuffer: body, text: '{"a":1}', json: { a: 1 } });
    expect([ok.status, ok.headers.get("x-test"), await ok.json()]).toEqual([200, "1", { a: 1 }]);
    expect(toResponse({ status: 204, headers: {}, arrayBuffer: new ArrayBuffer(0), text: "", json: null }).body).toBeNull();
    expect(() => toResponse({ status: 0, headers: {}, arrayBuffer: new ArrayBuffer(0), text: "", json: null })).toThrow("requestUrl returned HTTP status 0");
  });

  it("sends method, headers and binary bodies as requestUrl takes them; rejects at once on an aborted signal", async () => {
    const seen: unknown[] = [];
    const fake = requestUrlFetch(async (param) => {
      seen.push(param);
      return { status: 200, headers: {}, arrayBuffer: new ArrayBuffer(0), text: "", json: null };
    });
    await fake("http://x.test/a", { method: "post", headers: new Headers({ "Content-Type": "text/plain", Authorization: "Bearer k" }), body: new Uint8Array([104, 105]) });
    const param = seen[0] as { method: string; headers: Record<string, string>; body: ArrayBuffer; contentType: string; throw: boolean };
    expect([param.method, param.headers.authorization, param.contentType, param.throw, new TextDecoder().decode(param.body)]).toEqual(["POST", "Bearer k", "text/plain", false, "hi"]);
    const controller = new AbortController();
    controller.abort();
    await expect(fake("http://x.test/a", { signal: controller.signal })).rejects.toThrow(/abort/i);
    expect(seen).toHaveLength(1);
  });
});

describe("LlmBackground", () => {
  const settings: TeamSettings = { ...DEFAULT_TEAM_SETTINGS, llmFolders: ["Channels"] };
  const ctx = (path = PATH): ExtractorContext => ({ path, directory: TEAM, settings });

  function setup(device: Partial<DeviceSettings> = {}, secret: string | null = KEY): {
    background: LlmBackground;
    timers: ManualTimers;
    notices: string[];
    refreshed: string[];
    secretReads: number[];
    storage: Map<string, unknown>;
    device: DeviceSettings;
  } {
    const timers = new ManualTimers();
    const notices: string[] = [];
    const refreshed: string[] = [];
    const secretReads: number[] = [];
    const storage = new Map<string, unknown>();
    const settingsNow = withDeviceSettings(DEFAULT_DEVICE_SETTINGS, { llmEndpoint: server.baseUrl, llmModel: "plugin-model", llmKeySecret: "handoff-llm", ...device });
    const background = new LlmBackground({ settleMs: 1000, retryAfterMs: 60_000 });
    background.attach({
      config: () => llmConfigOf(settingsNow, settingsNow.features[LLM_FEATURE_ID]),
      readSecret: (name) => {
        secretReads.push(timers.now());
        return name === "handoff-llm" ? secret : null;
      },
      notice: (m) => notices.push(m),
      refresh: (path) => refreshed.push(path),
      timers,
      fetch: viaRequestUrl,
      store: LocalLlmStore.open({ loadLocalStorage: (k) => storage.get(k) ?? null, saveLocalStorage: (k, v) => void storage.set(k, v) }, (save) => save()),
      today: () => "2026-11-23",
    });
    return { background, timers, notices, refreshed, secretReads, storage, device: settingsNow };
  }

  it("answers with the rules at once, reads the note in the background once it settles, then answers with the merged result", async () => {
    server.respond(answering([SHE_SAID]));
    const s = setup();
    const extract = s.background.extractor(extractNote);
    const first = extract(NOTE, ctx()) as LlmNoteExtraction;
    expect(first.candidates.map((c) => c.extractedBy)).toEqual(["rules"]);
    expect(server.calls()).toBe(0);
    // Typing goes on: a newer version before the note settles replaces the older one.
    const typed = NOTE.replace("Thursday.", "Thursday!!");
    await s.timers.advance(500);
    extract(typed, ctx());
    await s.timers.advance(999);
    expect(server.calls()).toBe(0);
    extract(NOTE, ctx());
    await s.timers.advance(1000);
    await s.background.idle();
    expect(server.calls()).toBe(1);
    expect(s.refreshed).toEqual([PATH]);
    const merged = extract(NOTE, ctx()) as LlmNoteExtraction;
    expect(merged.candidates.map((c) => c.extractedBy)).toEqual(["llm", "rules"]);
    expect(s.timers.pending).toBe(0);
    expect(server.requests[0].body?.model).toBe("plugin-model");
    expect(s.notices).toEqual([]);
  });

  it("sends the rest of a note too big for one request right after the first part", async () => {
    server.respond(() => ({ items: [] }));
    const s = setup();
    const big = Array.from({ length: 7 }, (_, i) => `Paragraph ${i} ${"x".repeat(3880)}.`).join("\n\n");
    s.background.extractor(extractNote)(big, ctx("Channels/big.md"));
    await s.timers.advance(1000);
    await s.background.idle();
    expect(server.calls()).toBe(2);
    expect(s.timers.pending).toBe(0);
  });

  it("never sends a note outside the team's LLM folders, or anything when no endpoint is set", async () => {
    const s = setup();
    s.background.extractor(extractNote)(NOTE, ctx("Private/diary.md"));
    const off = setup({ llmEndpoint: "" });
    off.background.extractor(extractNote)(NOTE, ctx());
    await s.timers.advance(5000);
    await off.timers.advance(5000);
    await s.background.idle();
    await off.background.idle();
    expect(server.calls()).toBe(0);
    expect([s.timers.pending, off.timers.pending]).toEqual([0, 0]);
  });

  it("reads the key from secret storage at each request and never stores it: not in data.json, not in local storage", async () => {
    server.respond(answering([SHE_SAID]));
    const s = setup();
    const extract = s.background.extractor(extractNote);
    extract(NOTE, ctx());
    await s.timers.advance(1000);
    await s.background.idle();
    extract(NOTE.replace("## Update", "## Later"), ctx("Channels/other.md"));
    await s.timers.advance(1000);
    await s.background.idle();
    expect(s.secretReads.length).toBeGreaterThanOrEqual(2);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
    // What the plugin persists, written where Obsidian keeps it in a vault, holds no key.
    const vault = mkdtempSync(join(tmpdir(), "handoff-llm-plugin-"));
    try {
      const write = (path: string, text: string): void => {
        mkdirSync(dirname(join(vault, path)), { recursive: true });
        writeFileSync(join(vault, path), text);
      };
      write(".obsidian/plugins/handoff/data.json", JSON.stringify(s.device));
      write("Channels/design/note.md", NOTE);
      const files = readdirSync(vault, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
      expect(files.length).toBe(2);
      for (const f of files) expect(readFileSync(join(f.parentPath, f.name), "utf8")).not.toContain(KEY);
      expect(JSON.stringify(s.device)).toContain("handoff-llm");
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
    expect(JSON.stringify([...s.storage.entries()])).not.toContain(KEY);
    expect(s.storage.has(LLM_STORAGE_KEY)).toBe(true);
  });

  it("one notice per run on failure; no calls until the retry time has passed, then a new run", async () => {
    server.script({ status: 401 });
    const s = setup();
    const extract = s.background.extractor(extractNote);
    extract(NOTE, ctx());
    await s.timers.advance(1000);
    await s.background.idle();
    extract(NOTE, ctx("Channels/b.md"));
    await s.timers.advance(1000);
    await s.background.idle();
    expect(server.calls()).toBe(1);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]).toMatch(/^Handoff: LLM extraction fell back to the rules for .*refused the API key \(HTTP 401\)/);
    await s.timers.advance(60_000);
    server.respond(answering([SHE_SAID]));
    extract(NOTE, ctx("Channels/c.md"));
    await s.timers.advance(1000);
    await s.background.idle();
    expect(server.calls()).toBe(2);
    expect(s.notices).toHaveLength(1);
  });

  it("a bad endpoint is noticed once and nothing is sent", async () => {
    const s = setup({ llmEndpoint: "not a url" });
    const extract = s.background.extractor(extractNote);
    extract(NOTE, ctx());
    extract(NOTE, ctx("Channels/b.md"));
    await s.timers.advance(1000);
    await s.background.idle();
    expect(s.timers.pending).toBe(0);
    expect(server.calls()).toBe(0);
    expect(s.notices).toEqual([expect.stringMatching(/the LLM endpoint "not a url" is not an http\(s\) URL, so LLM extraction is off/)]);
  });
});

describe("llm device settings", () => {
  it("read the feature's own settings with defaults for anything unusable", () => {
    expect(readLlmFeatureSettings(undefined)).toEqual({ dailyBudget: 200, timeoutSeconds: 30 });
    expect(readLlmFeatureSettings({ dailyBudget: 5, timeoutSeconds: 2.5 })).toEqual({ dailyBudget: 5, timeoutSeconds: 2.5 });
    expect(readLlmFeatureSettings({ dailyBudget: -1, timeoutSeconds: "9" })).toEqual({ dailyBudget: 200, timeoutSeconds: 30 });
  });

  it("make a config only from an http(s) endpoint; the model defaults", () => {
    expect(llmConfigOf(DEFAULT_DEVICE_SETTINGS, undefined)).toEqual({ config: null, problem: null });
    expect(llmConfigOf({ ...DEFAULT_DEVICE_SETTINGS, llmEndpoint: "localhost:11434" }, undefined).problem).toMatch(/is not an http\(s\) URL/);
    expect(llmConfigOf({ ...DEFAULT_DEVICE_SETTINGS, llmEndpoint: "http://localhost:11434/v1" }, { dailyBudget: 3 }).config).toEqual({
      baseUrl: "http://localhost:11434/v1",
      model: "gpt-4.1-mini",
      secretName: "",
      dailyBudget: 3,
      timeoutSeconds: 30,
    });
  });
});
