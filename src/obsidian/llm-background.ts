/**
 * LLM extraction in the plugin, in the background and never in the way. The index extracts as
 * always (rules, synchronously); the extractor from {@link LlmBackground.extractor} returns the
 * rules' result at once and, for a note in one of the team's LLM folders, schedules the LLM for
 * it once the note has settled ({@link DEFAULT_SETTLE_MS} without a newer version). Notes are
 * read one at a time; when a note's LLM result is ready, `refresh(path)` re-indexes it and the
 * extractor then answers with the merged candidates, as long as the note's text is unchanged.
 * The editor extension never sees any of this: highlighting while typing stays on the rules.
 *
 * One run per configuration: its one warning is a Notice. After a failure that stops a run
 * (the server is down, too slow, refuses the key, the day's budget is used up) no request is
 * made until {@link DEFAULT_RETRY_AFTER_MS} has passed or the settings change.
 *
 * Pure: no `obsidian` import; the feature (llm-feature.ts) passes Obsidian's pieces.
 */
import type { NoteExtraction } from "../extract/extract";
import { llmOptedIn, LlmRun } from "../extract/llm";
import type { LlmStore } from "../extract/llm-cache";
import { type FetchLike, makeLlmEndpoint } from "../extract/llm-endpoint";
import type { Extractor, ExtractorContext } from "../store/source-note";
import { configSignature, type LlmConfig, type LlmConfigResult } from "./llm-settings";
import type { QueueTimers } from "./reindex-queue";

/** Quiet time after a note's last change before it is sent. Default 5 s. */
export const DEFAULT_SETTLE_MS = 5000;

/** After a run stopped on a failure, how long before a new run may call again. Default 30 minutes. */
export const DEFAULT_RETRY_AFTER_MS = 30 * 60 * 1000;

/** What the background needs from the plugin. Everything is read when needed. */
export interface LlmBackgroundHost {
  /** The LLM settings now (device settings and the feature's own). */
  config(): LlmConfigResult;
  /** A secret's value by name, read at request time (never stored by Handoff). */
  readSecret(name: string): string | null;
  /** Shows a notice (the run's one warning, a settings problem). */
  notice(message: string): void;
  /** The note's LLM result is ready: drop its cached extraction and re-index it. */
  refresh(path: string): void;
  readonly timers: QueueTimers;
  /** HTTP for the client (`requestUrl` through llm-fetch.ts). */
  readonly fetch: FetchLike;
  readonly store: LlmStore;
  /** The device's local date, `YYYY-MM-DD`. */
  today(): string;
}

interface Known {
  readonly text: string;
  readonly now: string | undefined;
  readonly extraction: NoteExtraction;
}

/** The background LLM extraction. Create before the index; {@link attach} when the feature registers. */
export class LlmBackground {
  private host: LlmBackgroundHost | null = null;
  private readonly known = new Map<string, Known>();
  private readonly waiting = new Map<string, { text: string; ctx: ExtractorContext; timer: number }>();
  private readonly ready: string[] = [];
  private readonly settled = new Map<string, { text: string; ctx: ExtractorContext }>();
  private working: Promise<void> | null = null;
  private current: { signature: string; run: LlmRun; stoppedAt: number | null } | null = null;
  private lastProblem: string | null = null;

  constructor(private readonly options: { readonly settleMs?: number; readonly retryAfterMs?: number } = {}) {}

  /** Connects the plugin's pieces (from the feature's `register`). */
  attach(host: LlmBackgroundHost): void {
    this.host = host;
  }

  /** Stops all pending work (unload). */
  detach(): void {
    for (const w of this.waiting.values()) this.host?.timers.clearTimeout(w.timer);
    this.waiting.clear();
    this.ready.length = 0;
    this.host = null;
  }

  /** The index's extractor: `base` (the rules), or the merged LLM result when one is known for this exact text. */
  extractor(base: Extractor): Extractor {
    return (text, ctx) => {
      const on = this.enabledFor(ctx);
      const known = on ? this.known.get(ctx.path) : undefined;
      if (known && known.text === text && known.now === ctx.now) return known.extraction;
      const result = base(text, ctx);
      if (on) this.schedule(text, ctx);
      return result;
    };
  }

  /** Resolves when nothing is waiting or running (tests, and before unload). */
  async idle(): Promise<void> {
    while (this.working) await this.working;
  }

  private enabledFor(ctx: ExtractorContext): boolean {
    return this.host !== null && llmOptedIn(ctx.path, ctx.settings) && this.configNow() !== null;
  }

  /** The current config; a settings problem is noticed once (until it changes). */
  private configNow(): LlmConfig | null {
    const host = this.host;
    if (!host) return null;
    const { config, problem } = host.config();
    if (problem !== null && problem !== this.lastProblem) host.notice(problem);
    this.lastProblem = problem;
    return config;
  }

  private schedule(text: string, ctx: ExtractorContext): void {
    const host = this.host;
    if (!host) return;
    const before = this.waiting.get(ctx.path);
    if (before && before.text === text) return;
    if (before) host.timers.clearTimeout(before.timer);
    const timer = host.timers.setTimeout(() => {
      this.waiting.delete(ctx.path);
      this.settled.set(ctx.path, { text, ctx });
      if (!this.ready.includes(ctx.path)) this.ready.push(ctx.path);
      this.work();
    }, this.options.settleMs ?? DEFAULT_SETTLE_MS);
    this.waiting.set(ctx.path, { text, ctx, timer });
  }

  /** Reads settled notes one at a time. */
  private work(): void {
    if (this.working) return;
    this.working = (async () => {
      while (this.ready.length > 0 && this.host) {
        const path = this.ready.shift() as string;
        const note = this.settled.get(path);
        this.settled.delete(path);
        if (note) await this.read(path, note.text, note.ctx);
      }
    })().finally(() => {
      this.working = null;
    });
  }

  private async read(path: string, text: string, ctx: ExtractorContext): Promise<void> {
    const run = await this.runNow();
    if (!run || !this.host) return;
    const extraction = await run.extract(text, ctx);
    this.known.set(path, { text, now: ctx.now, extraction });
    if (extraction.llm.added > 0) this.host?.refresh(path);
    // A huge note's paragraphs past one request's size go in the next request.
    if (extraction.llm.deferred > 0 && extraction.llm.failure === null && !this.settled.has(path) && !this.waiting.has(path)) {
      this.settled.set(path, { text, ctx });
      this.ready.push(path);
    }
  }

  /** The run for the current settings and day: a new one when they changed, or when a stopped run has waited long enough. */
  private async runNow(): Promise<LlmRun | null> {
    const host = this.host;
    if (!host) return null;
    const config = this.configNow();
    if (config === null) return null;
    const today = host.today();
    const signature = configSignature(config, today);
    const now = host.timers.now();
    const cur = this.current;
    if (cur && cur.signature === signature) {
      if (cur.run.stopped && cur.stoppedAt === null) cur.stoppedAt = now;
      if (cur.stoppedAt === null || now - cur.stoppedAt < (this.options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS)) return cur.run;
    }
    const secretName = config.secretName;
    const run = await LlmRun.start({
      endpoint: makeLlmEndpoint({
        baseUrl: config.baseUrl,
        model: config.model,
        timeoutSeconds: config.timeoutSeconds,
        // Read at each request: a key changed in secret storage is used at once, and never copied here.
        apiKey: () => Promise.resolve(secretName === "" ? null : host.readSecret(secretName)),
        fetch: host.fetch,
      }),
      store: host.store,
      today,
      dailyBudget: config.dailyBudget,
      sleep: (ms) => new Promise((resolve) => host.timers.setTimeout(resolve, ms)),
      nowMs: () => host.timers.now(),
      warn: (message) => host.notice(`Handoff: ${message}`),
    });
    this.current = { signature, run, stoppedAt: null };
    return run;
  }
}
