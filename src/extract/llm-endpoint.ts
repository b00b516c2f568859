/**
 * Where the optional LLM is and how to reach it (docs/llm.md). These are device settings, never
 * vault content: the CLI builds them from flags and the environment, the plugin from its
 * `data.json` and Obsidian's secret storage.
 */

/** OpenAI's API. Any OpenAI-compatible server (a company proxy, Ollama, LM Studio) works in its place. */
export const DEFAULT_LLM_BASE_URL = "https://api.openai.com/v1";

/**
 * Model asked when none is configured: small, cheap, and it supports JSON-schema structured
 * output. Local servers name their models differently (`llama3.1`, `qwen2.5`): set the model.
 */
export const DEFAULT_LLM_MODEL = "gpt-4.1-mini";

/** Seconds one request may take before the LLM is given up for the rules. Default 30. */
export const DEFAULT_LLM_TIMEOUT_SECONDS = 30;

/** Requests a device may send per local day. Default 200: a busy day of notes, a bounded bill. */
export const DEFAULT_LLM_DAILY_BUDGET = 200;

/** `fetch` as the OpenAI client calls it (Obsidian passes one over `requestUrl`). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** How to reach the model. Build with {@link makeLlmEndpoint}. */
export interface LlmEndpoint {
  /** Base URL including the version path (`https://api.openai.com/v1`, `http://localhost:11434/v1`). */
  readonly baseUrl: string;
  readonly model: string;
  /**
   * The key, read when a request is made (never stored by Handoff): `OPENAI_API_KEY` in the
   * CLI, the named secret in Obsidian. Null when there is none (allowed for local servers only).
   */
  readonly apiKey: () => Promise<string | null>;
  /** Milliseconds per request before it counts as a hang. */
  readonly timeoutMs: number;
  /** The HTTP function; default the platform's `fetch`. */
  readonly fetch?: FetchLike;
}

/**
 * An endpoint with its values checked: the base URL must be http(s), the model non-empty, the
 * timeout positive. Misuse throws with the exact problem (callers validate user input first and
 * show their own message).
 */
export function makeLlmEndpoint(fields: {
  readonly baseUrl?: string;
  readonly model?: string;
  readonly apiKey: () => Promise<string | null>;
  readonly timeoutSeconds?: number;
  readonly fetch?: FetchLike;
}): LlmEndpoint {
  const baseUrl = (fields.baseUrl ?? DEFAULT_LLM_BASE_URL).replace(TRAILING_SLASHES, "");
  if (!isHttpUrl(baseUrl)) throw new RangeError(`LLM base URL must be an http(s) URL, got "${baseUrl}"`);
  const model = (fields.model ?? DEFAULT_LLM_MODEL).trim();
  if (model === "") throw new RangeError("LLM model must not be empty");
  const seconds = fields.timeoutSeconds ?? DEFAULT_LLM_TIMEOUT_SECONDS;
  if (!Number.isFinite(seconds) || seconds <= 0) throw new RangeError(`LLM timeout must be a positive number of seconds, got ${seconds}`);
  return Object.freeze({ baseUrl, model, apiKey: fields.apiKey, timeoutMs: Math.max(1, Math.round(seconds * 1000)), ...(fields.fetch ? { fetch: fields.fetch } : {}) });
}

/** One or more slashes at the end of a URL. */
const TRAILING_SLASHES = /\/+$/;

/** True when `url` parses as an http: or https: URL. */
export function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}

/** A loopback IPv4 address: 127.0.0.0/8. */
const LOOPBACK_V4 = /^127(?:\.\d{1,3}){3}$/;

/**
 * True when the URL names this machine (`localhost`, `*.localhost`, `127.x.x.x`, `[::1]`):
 * local servers such as Ollama and LM Studio need no key, and nothing leaves the machine.
 */
export function isLocalEndpoint(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === "localhost" || host.endsWith(".localhost") || LOOPBACK_V4.test(host) || host === "[::1]" || host === "::1";
}
