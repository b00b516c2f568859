import type { Candidate } from "../model/candidate";
import type { TeamSettings } from "../model/team-settings";
import { type ExtractContext, extractNote, type NoteExtraction, prepareNote } from "./extract";
import { type ModelItem, parseAnswer } from "./llm-answer";
import { DailyBudget } from "./llm-budget";
import { cacheKey, decodeEntry, encodeEntry, type LlmStore } from "./llm-cache";
import { LlmCaller } from "./llm-call";
import { llmCandidate } from "./llm-candidate";
import { DEFAULT_LLM_DAILY_BUDGET, type LlmEndpoint } from "./llm-endpoint";
import { LlmFailure } from "./llm-failure";
import { groundQuote } from "./llm-grounding";
import { mergeCandidates } from "./llm-merge";
import { lineStartsOf, type Paragraph, splitParagraphs } from "./llm-paragraphs";
import { buildPrompt } from "./llm-prompt";

/**
 * Optional LLM extraction (docs/llm.md): the rules' candidates for a note, plus what an
 * OpenAI-compatible model finds that the rules missed, every item grounded in the note.
 *
 * One {@link LlmRun} is one CLI run or one plugin session. Per note: the rules run first (their
 * result is the fallback and always returned); the note is cut into paragraphs; paragraphs
 * the cache knows are not sent; the rest go in one request (if the daily budget allows);
 * the answer's items are kept only when their quote is in a sent paragraph, cached per
 * paragraph, made into candidates (deadlines and owners by Handoff's own code) and merged with
 * the rules' (the rules win on the same span). Any failure (timeout, error status, garbage,
 * budget) leaves the note with its rule candidates, and the run warns once, through `warn`.
 */

/** Most characters of paragraphs sent in one request; the rest of a huge note waits for a later run. */
export const MAX_REQUEST_CHARS = 24_000;

/** Longest note the LLM reads (characters): past it, a full remark parse costs seconds, and it is a log or an export rather than a team note. */
export const MAX_LLM_NOTE_CHARS = 200_000;

/** What a run needs from its shell. */
export interface LlmRunOptions {
  readonly endpoint: LlmEndpoint;
  /** Cache and budget store, outside the vault. */
  readonly store: LlmStore;
  /** The device's local date (`YYYY-MM-DD`), for the daily budget. */
  readonly today: string;
  /** Calls per local day on this device. Default {@link DEFAULT_LLM_DAILY_BUDGET}. */
  readonly dailyBudget?: number;
  /** Waits (backoff between retries): `setTimeout` of the shell. */
  readonly sleep: (ms: number) => Promise<void>;
  /** The current time in ms (only to read an HTTP-date `Retry-After`). */
  readonly nowMs: () => number;
  /** Shows the run's one warning (stderr in the CLI, a Notice in Obsidian). Called at most once. */
  readonly warn: (message: string) => void;
  /** First retry backoff in ms. Default 500. */
  readonly retryBaseMs?: number;
}

/** What the LLM did for one note. */
export interface LlmNoteReport {
  /** Paragraphs in the note, found in the cache, sent, and too many to send this time. */
  readonly paragraphs: number;
  readonly cached: number;
  readonly sent: number;
  readonly deferred: number;
  /** Requests made (0 or 1). */
  readonly calls: number;
  /** LLM candidates added, already found by the rules, and dropped (quote not in the note, or not an item). */
  readonly added: number;
  readonly duplicates: number;
  readonly dropped: number;
  /** Why the LLM was not used for this note, or null. */
  readonly failure: string | null;
}

/** `extractNote`'s result with the LLM's candidates merged in, and the report. */
export interface LlmNoteExtraction extends NoteExtraction {
  readonly llm: LlmNoteReport;
}

/** Totals over a run. */
export interface LlmRunTotals {
  readonly notes: number;
  readonly calls: number;
  readonly sent: number;
  readonly cached: number;
  readonly added: number;
  readonly duplicates: number;
  readonly dropped: number;
  /** Notes the LLM did not help with because of a failure. */
  readonly failed: number;
  /** The one warning shown, or null. */
  readonly warning: string | null;
  /** Calls used today on this device, and the limit. */
  readonly budgetUsed: number;
  readonly budgetLimit: number;
}

/** True when the team opted the note's folder in to the LLM (`llm_folders` in the team settings note). */
export function llmOptedIn(path: string, settings: TeamSettings): boolean {
  return settings.llmFolders.some((folder) => path.startsWith(`${folder}/`));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One run of LLM extraction. Build with {@link LlmRun.start}. */
export class LlmRun {
  private warning: string | null = null;
  private stopReason: string | null = null;
  private readonly sums: Mutable<Omit<LlmRunTotals, "warning" | "budgetUsed" | "budgetLimit">> = { notes: 0, calls: 0, sent: 0, cached: 0, added: 0, duplicates: 0, dropped: 0, failed: 0 };
  private writes: Promise<void> = Promise.resolve();
  /** Entries written during this run, so a note seen twice in one run is answered before the store has them. */
  private readonly written = new Map<string, string>();

  private constructor(
    private readonly options: LlmRunOptions,
    private readonly caller: LlmCaller,
    private readonly budget: DailyBudget,
  ) {}

  /** A run: reads today's budget count from the store. */
  static async start(options: LlmRunOptions): Promise<LlmRun> {
    const budget = await DailyBudget.load(options.store, options.today, options.dailyBudget ?? DEFAULT_LLM_DAILY_BUDGET);
    const caller = LlmCaller.for(options.endpoint, { sleep: options.sleep, nowMs: options.nowMs, retryBaseMs: options.retryBaseMs });
    return new LlmRun(options, caller, budget);
  }

  /** The note's candidates, rules and grounded LLM items merged. Never throws on note content or LLM trouble. */
  async extract(text: string, ctx: ExtractContext): Promise<LlmNoteExtraction> {
    const rules = extractNote(text, ctx);
    const report: Mutable<LlmNoteReport> = { paragraphs: 0, cached: 0, sent: 0, deferred: 0, calls: 0, added: 0, duplicates: 0, dropped: 0, failure: null };
    if (text.length > MAX_LLM_NOTE_CHARS) {
      this.count(report);
      const problem = `${ctx.path}: the note is longer than ${MAX_LLM_NOTE_CHARS.toLocaleString("en")} characters, so the LLM does not read it (the rules do).`;
      return { ...rules, problems: [...rules.problems, problem], llm: Object.freeze(report) };
    }
    const paragraphs = splitParagraphs(text);
    report.paragraphs = paragraphs.length;
    const known = new Map<string, readonly ModelItem[]>();
    const misses = new Map<string, Paragraph>();
    for (const p of paragraphs) {
      if (known.has(p.hash) || misses.has(p.hash)) continue;
      const items = decodeEntry(await this.read(cacheKey(this.options.endpoint.model, p.hash)));
      if (items === null) misses.set(p.hash, p);
      else known.set(p.hash, items);
    }
    report.cached = known.size;
    if (misses.size > 0) {
      const fresh = await this.ask(ctx.path, [...misses.values()], report);
      for (const [hash, items] of fresh) known.set(hash, items);
    }
    const pre = prepareNote(text, ctx);
    const lineStarts = lineStartsOf(text);
    const proposed: Candidate[] = [];
    for (const p of paragraphs) {
      for (const item of known.get(p.hash) ?? []) {
        if (!pre.kinds.has(item.kind)) continue;
        const candidate = llmCandidate(text, p, item, pre, lineStarts);
        if (candidate) proposed.push(candidate);
        else report.dropped++;
      }
    }
    const merged = mergeCandidates(rules.candidates, proposed);
    report.added = proposed.length - merged.duplicates;
    report.duplicates = merged.duplicates;
    this.count(report);
    return { ...rules, candidates: merged.candidates, llm: Object.freeze(report) };
  }

  /** True once a failure stopped the run from calling the server (down, too slow, refusing the key, budget used up). */
  get stopped(): boolean {
    return this.stopReason !== null;
  }

  /** Totals so far. */
  totals(): LlmRunTotals {
    return { ...this.sums, warning: this.warning, budgetUsed: this.budget.used, budgetLimit: this.budget.limit };
  }

  /** Resolves once every cache entry and budget count of the run is stored (or failed to be). */
  async finish(): Promise<void> {
    await this.writes;
    await this.budget.flushed();
  }

  /** Sends the paragraphs (as many as fit one request); their grounded items by paragraph hash, or nothing after a failure. */
  private async ask(path: string, misses: readonly Paragraph[], report: Mutable<LlmNoteReport>): Promise<Map<string, readonly ModelItem[]>> {
    const none = new Map<string, readonly ModelItem[]>();
    if (this.stopReason !== null) {
      report.failure = this.stopReason;
      return none;
    }
    const batch: Paragraph[] = [];
    let size = 0;
    for (const p of misses) {
      if (size + p.text.length > MAX_REQUEST_CHARS && batch.length > 0) break;
      batch.push(p);
      size += p.text.length;
    }
    report.deferred = misses.length - batch.length;
    if (!this.budget.take()) {
      this.fail(path, new LlmFailure("budget", `the daily budget of ${this.budget.limit} LLM calls on this device is used up (it resets tomorrow; raise it with --llm-budget or in the plugin's settings)`), report);
      return none;
    }
    report.calls = 1;
    report.sent = batch.length;
    let items: readonly ModelItem[];
    try {
      const answer = parseAnswer(await this.caller.complete(buildPrompt(batch)));
      items = answer.items;
      report.dropped += answer.malformed;
    } catch (error) {
      this.fail(path, error instanceof LlmFailure ? error : new LlmFailure("connection", `the LLM request failed (${error instanceof Error ? error.message : String(error)})`), report);
      return none;
    }
    const byHash = new Map<string, ModelItem[]>(batch.map((p) => [p.hash, []]));
    let grounded = 0;
    for (const item of items) {
      const home = batch.find((p) => groundQuote(p.text, item.quote) !== null);
      if (home === undefined) {
        report.dropped++;
        continue;
      }
      byHash.get(home.hash)?.push(item);
      grounded++;
    }
    if (items.length > 0 && grounded === 0) {
      this.fail(path, new LlmFailure("garbage", `none of the ${items.length} quotes the model gave is in the note`), report);
      return none;
    }
    for (const [hash, found] of byHash) this.write(cacheKey(this.options.endpoint.model, hash), encodeEntry(found));
    return byHash;
  }

  /** Records a failure for the note; the first one of the run becomes the run's warning. */
  private fail(path: string, failure: LlmFailure, report: Mutable<LlmNoteReport>): void {
    report.failure = failure.message;
    const rest = failure.stopsRun ? "this note and the rest of this run use the rules only" : "this note uses the rules only";
    if (failure.stopsRun) this.stopReason = failure.message;
    if (this.warning !== null) return;
    this.warning = `LLM extraction fell back to the rules for ${path}: ${failure.message}; ${rest}.`;
    this.options.warn(this.warning);
  }

  private count(report: LlmNoteReport): void {
    const s = this.sums;
    s.notes++;
    s.calls += report.calls;
    s.sent += report.sent;
    s.cached += report.cached;
    s.added += report.added;
    s.duplicates += report.duplicates;
    s.dropped += report.dropped;
    if (report.failure !== null) s.failed++;
  }

  private async read(key: string): Promise<string | null> {
    const fresh = this.written.get(key);
    if (fresh !== undefined) return fresh;
    try {
      return await this.options.store.read(key);
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    this.written.set(key, value);
    this.writes = this.writes.then(() => this.options.store.write(key, value)).catch(() => undefined);
  }
}
