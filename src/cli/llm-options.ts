import { setTimeout as sleep } from "node:timers/promises";
import { LlmRun, type LlmRunTotals } from "../extract/llm";
import { localDate } from "../extract/llm-budget";
import { DEFAULT_LLM_DAILY_BUDGET, DEFAULT_LLM_MODEL, DEFAULT_LLM_TIMEOUT_SECONDS, isHttpUrl, isLocalEndpoint, makeLlmEndpoint } from "../extract/llm-endpoint";
import { CliError, type CliIo } from "./command";
import { FsLlmStore, llmCacheDir } from "./llm-store";

/**
 * The `--llm` flags shared by `handoff extract` and `handoff scan` (docs/llm.md), and the run
 * they start. The key comes from `OPENAI_API_KEY` only: never a flag (flags land in shell
 * history and process lists), never written anywhere by Handoff. The base URL is
 * `--llm-base-url`, else `OPENAI_BASE_URL`, else OpenAI's. A local server (localhost,
 * 127.x.x.x) needs no key.
 */

/** The usage text of the flags, appended to each command's usage line. */
export const LLM_USAGE = "[--llm [--llm-base-url URL] [--llm-model NAME] [--llm-timeout SECONDS] [--llm-budget N]]";

/** `node:util` parseArgs options of the flags (scan uses them as they are). */
export const LLM_ARG_OPTIONS = {
  llm: { type: "boolean" },
  "llm-base-url": { type: "string" },
  "llm-model": { type: "string" },
  "llm-timeout": { type: "string" },
  "llm-budget": { type: "string" },
} as const;

/** The flags as given. */
export interface LlmFlags {
  readonly llm?: boolean;
  readonly "llm-base-url"?: string;
  readonly "llm-model"?: string;
  readonly "llm-timeout"?: string;
  readonly "llm-budget"?: string;
}

/** Names of the flags that take a value. */
const VALUE_FLAGS: ReadonlySet<string> = new Set(["--llm-base-url", "--llm-model", "--llm-timeout", "--llm-budget"]);

/** Longest timeout accepted (10 minutes): past that a hang is a hang. */
const MAX_TIMEOUT_SECONDS = 600;

/** A positive decimal number of seconds. */
const SECONDS = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A whole number of calls. */
const WHOLE = /^\d+$/;

/**
 * For commands that read their arguments by hand (`extract`): when `args[i]` is an LLM flag,
 * records it in `into` and returns how many arguments it took (1 or 2); else 0.
 */
export function takeLlmArg(args: readonly string[], i: number, into: Record<string, string | boolean>): number {
  const arg = args[i] ?? "";
  if (arg === "--llm") {
    into.llm = true;
    return 1;
  }
  const eq = arg.indexOf("=");
  const name = eq < 0 ? arg : arg.slice(0, eq);
  if (!VALUE_FLAGS.has(name)) return 0;
  if (eq >= 0) {
    into[name.slice(2)] = arg.slice(eq + 1);
    return 1;
  }
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) throw new CliError(`${name} needs a value.`, 2);
  into[name.slice(2)] = value;
  return 2;
}

/**
 * The LLM run the flags ask for, or null without `--llm`. Usage errors (exit 2) for a flag
 * without `--llm` or a bad value; an error (exit 1) when no key is set for a remote server.
 */
export async function startLlmRun(flags: LlmFlags, io: CliIo): Promise<LlmRun | null> {
  if (!flags.llm) {
    const stray = Object.keys(flags).find((k) => k !== "llm" && flags[k as keyof LlmFlags] !== undefined);
    if (stray) throw new CliError(`--${stray} has no effect without --llm; add --llm to use a language model.`, 2);
    return null;
  }
  const baseUrl = flags["llm-base-url"] ?? nonEmpty(io.env.OPENAI_BASE_URL);
  if (baseUrl !== undefined && !isHttpUrl(baseUrl)) {
    throw new CliError(`--llm-base-url "${baseUrl}" is not an http(s) URL; write it like https://api.openai.com/v1 or http://localhost:11434/v1.`, 2);
  }
  const model = flags["llm-model"];
  if (model !== undefined && model.trim() === "") throw new CliError(`--llm-model needs a model name, like ${DEFAULT_LLM_MODEL}.`, 2);
  const timeout = readTimeout(flags["llm-timeout"]);
  const budget = readBudget(flags["llm-budget"]);
  const key = nonEmpty(io.env.OPENAI_API_KEY) ?? null;
  const endpoint = makeLlmEndpoint({ baseUrl, model, timeoutSeconds: timeout, apiKey: () => Promise.resolve(key) });
  if (key === null && !isLocalEndpoint(endpoint.baseUrl)) {
    throw new CliError(
      `--llm needs an API key for ${endpoint.baseUrl}: set the OPENAI_API_KEY environment variable (Handoff reads the key only from there), or point --llm-base-url at a local server such as http://localhost:11434/v1 (Ollama) or http://localhost:1234/v1 (LM Studio).`,
    );
  }
  return LlmRun.start({
    endpoint,
    store: FsLlmStore.at(llmCacheDir(io.env)),
    today: localDate(new Date()),
    dailyBudget: budget,
    sleep: (ms) => sleep(ms),
    nowMs: () => Date.now(),
    warn: (message) => io.stderr(`warning: ${message}\n`),
  });
}

/** One line for stderr after a run: what the LLM did. */
export function llmSummary(t: LlmRunTotals): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  return (
    `llm: ${plural(t.calls, "call")} (${plural(t.sent, "paragraph")} sent, ${t.cached} from the cache): ` +
    `${plural(t.added, "item")} added, ${t.duplicates} already found by the rules, ${t.dropped} dropped (quote not in the note or not an item)` +
    `${t.failed > 0 ? `; ${plural(t.failed, "note")} read by the rules only` : ""}; budget ${t.budgetUsed}/${t.budgetLimit} calls today.\n`
  );
}

function readTimeout(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LLM_TIMEOUT_SECONDS;
  const seconds = SECONDS.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) throw new CliError(`--llm-timeout "${raw}" is not a number of seconds from 0 to ${MAX_TIMEOUT_SECONDS}; write it like 30 or 2.5.`, 2);
  return seconds;
}

function readBudget(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LLM_DAILY_BUDGET;
  if (!WHOLE.test(raw.trim())) throw new CliError(`--llm-budget "${raw}" is not a whole number of calls per day; write it like ${DEFAULT_LLM_DAILY_BUDGET}.`, 2);
  return Number(raw.trim());
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
