// Shared setup for the LLM tests: a team directory, a note the rules only partly read, an
// in-memory LLM store (the port's simplest implementation; the file store has its own tests) and
// a run wired to the stand-in server with the real `openai` client.
import { setTimeout as sleep } from "node:timers/promises";
import { buildDirectory } from "../../src/extract/directory";
import type { ExtractContext } from "../../src/extract/extract";
import { LlmRun, type LlmRunOptions } from "../../src/extract/llm";
import type { LlmStore } from "../../src/extract/llm-cache";
import { type FetchLike, makeLlmEndpoint } from "../../src/extract/llm-endpoint";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";

export const KEY = "sk-test-5f1c2a9e8b7d4c3a-handoff";

export const TEAM = buildDirectory(
  [
    { path: "People/Maya Chen.md", data: { timezone: "Europe/London", aliases: ["Maya"] } },
    { path: "People/Sarah Jones.md", data: { timezone: "Asia/Singapore", aliases: ["Sarah", "@sjones"] } },
  ],
  DEFAULT_TEAM_SETTINGS,
).directory;

/** Rules find only the second paragraph's commitment; the others are for the model. */
export const NOTE = `---
author: "[[Maya Chen]]"
date: 2026-11-23
---
## Update

She said they'd be done Thursday.

I'll send the brief by Wednesday.

Sarah mentioned the vendor contract goes out before Friday EOD.
`;

export const PATH = "Channels/design/2026-11-23 Maya.md";

export function context(path = PATH): ExtractContext {
  return { path, directory: TEAM, settings: DEFAULT_TEAM_SETTINGS };
}

/** An {@link LlmStore} in memory, with its entries visible to tests. */
export class MemoryStore implements LlmStore {
  readonly entries = new Map<string, string>();

  async read(key: string): Promise<string | null> {
    return this.entries.get(key) ?? null;
  }

  async write(key: string, value: string): Promise<void> {
    this.entries.set(key, value);
  }
}

export interface RunSetup {
  readonly run: LlmRun;
  readonly warnings: string[];
  readonly store: LlmStore;
}

/** A run against `baseUrl` with the key, a memory store and fast backoff; `overrides` change any option. */
export async function makeRun(
  baseUrl: string,
  overrides: Partial<LlmRunOptions> & { readonly key?: string | null; readonly timeoutSeconds?: number; readonly fetch?: FetchLike; readonly model?: string } = {},
): Promise<RunSetup> {
  const warnings: string[] = [];
  const store = overrides.store ?? new MemoryStore();
  const key = overrides.key === undefined ? KEY : overrides.key;
  const run = await LlmRun.start({
    endpoint: makeLlmEndpoint({
      baseUrl,
      model: overrides.model ?? "stand-in-model",
      apiKey: () => Promise.resolve(key),
      timeoutSeconds: overrides.timeoutSeconds ?? 5,
      ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
    }),
    store,
    today: "2026-11-23",
    sleep: (ms) => sleep(ms),
    nowMs: () => Date.now(),
    warn: (message) => warnings.push(message),
    retryBaseMs: 10,
    ...overrides,
  });
  return { run, warnings, store };
}
