import OpenAI from "openai";
import { type LlmEndpoint, isLocalEndpoint } from "./llm-endpoint";
import { LlmFailure } from "./llm-failure";
import { RESPONSE_FORMAT, type PromptMessages } from "./llm-prompt";
import { DEFAULT_RETRY_BASE_MS, isRetryableStatus, MAX_RETRIES, retryDelay } from "./llm-retry";

/**
 * One Chat Completions request through the `openai` package, against any OpenAI-compatible
 * server. It asks for JSON-schema structured output; a server that refuses the schema with a
 * 400 or 422 is asked once more without it (and, for the rest of the session, never with it),
 * the prompt asking for plain JSON. 429 and 5xx are retried with backoff (llm-retry.ts); a
 * timeout, an unreachable server, a refused key or a final error status becomes an
 * {@link LlmFailure} whose message says what happened.
 *
 * The key is read from `endpoint.apiKey()` at each request and goes only into the
 * `Authorization: Bearer` header (the client's own behaviour); it is never logged or stored.
 */

/** Sent as the bearer token to a local server when no key is configured: local servers ignore it. */
const LOCAL_PLACEHOLDER_KEY = "no-key";

/** What the caller injects: waiting (timers belong to the shell) and the time (only to read an HTTP-date `Retry-After`). */
export interface CallTiming {
  readonly sleep: (ms: number) => Promise<void>;
  readonly nowMs: () => number;
  /** First backoff without `Retry-After`. Default {@link DEFAULT_RETRY_BASE_MS}. */
  readonly retryBaseMs?: number;
}

/** A chat-completions caller for one endpoint; remembers whether the server takes a JSON schema. */
export class LlmCaller {
  private schema = true;
  private readonly client: OpenAI;

  private constructor(
    private readonly endpoint: LlmEndpoint,
    private readonly timing: CallTiming,
  ) {
    this.client = new OpenAI({
      baseURL: endpoint.baseUrl,
      apiKey: async () => (await endpoint.apiKey()) ?? LOCAL_PLACEHOLDER_KEY,
      // Explicit, so nothing else from the environment is sent (organisation, project, admin key).
      organization: null,
      project: null,
      adminAPIKey: null,
      webhookSecret: null,
      timeout: endpoint.timeoutMs,
      maxRetries: 0,
      // The key is the person's own, on their own device; Obsidian is a browser-like environment.
      dangerouslyAllowBrowser: true,
      ...(endpoint.fetch ? { fetch: endpoint.fetch } : {}),
    });
  }

  /** A caller for `endpoint`. */
  static for(endpoint: LlmEndpoint, timing: CallTiming): LlmCaller {
    return new LlmCaller(endpoint, timing);
  }

  /** False once the server refused the JSON schema: later requests ask for plain JSON. */
  get usesSchema(): boolean {
    return this.schema;
  }

  /** The message content of one completion for `prompt`. Throws {@link LlmFailure}. */
  async complete(prompt: PromptMessages): Promise<string | null> {
    const key = await this.endpoint.apiKey();
    if (key === null && !isLocalEndpoint(this.endpoint.baseUrl)) {
      throw new LlmFailure("key", `no API key is set for ${this.where()}`);
    }
    let retry = 0;
    for (;;) {
      try {
        return await this.once(prompt);
      } catch (error) {
        const status = statusOf(error);
        if (status === undefined) throw this.failure(error);
        if ((status === 400 || status === 422) && this.schema) {
          this.schema = false;
          continue;
        }
        if (!isRetryableStatus(status) || retry >= MAX_RETRIES) throw this.failure(error);
        const wait = retryDelay(retry, headersOf(error), this.timing.retryBaseMs ?? DEFAULT_RETRY_BASE_MS, this.timing.nowMs());
        if (wait === null) throw new LlmFailure("rate-limit", `${this.where()} asked to wait longer than Handoff waits (HTTP ${status})`);
        retry++;
        await this.timing.sleep(wait);
      }
    }
  }

  private async once(prompt: PromptMessages): Promise<string | null> {
    const completion: unknown = await this.client.chat.completions.create(
      {
        model: this.endpoint.model,
        messages: [
          { role: "system", content: prompt.system },
          { role: "user", content: prompt.user },
        ],
        ...(this.schema ? { response_format: RESPONSE_FORMAT } : {}),
      },
      // Covers the whole exchange, body included (the client's own timeout stops at the headers).
      typeof AbortSignal.timeout === "function" ? { signal: AbortSignal.timeout(this.endpoint.timeoutMs) } : {},
    );
    const choices = isRecord(completion) && Array.isArray(completion.choices) ? (completion.choices as unknown[]) : null;
    const message = choices && isRecord(choices[0]) && isRecord(choices[0].message) ? choices[0].message : null;
    if (message === null) throw new LlmFailure("garbage", `${this.where()} sent something that is not a chat completion`);
    if (typeof message.refusal === "string" && message.refusal !== "") throw new LlmFailure("garbage", `the model refused: "${message.refusal.slice(0, 80)}"`);
    return typeof message.content === "string" ? message.content : null;
  }

  /** The failure for an error of the client (or of the fetch under it). */
  private failure(error: unknown): LlmFailure {
    if (error instanceof LlmFailure) return error;
    const seconds = this.endpoint.timeoutMs / 1000;
    if (error instanceof OpenAI.APIConnectionTimeoutError || error instanceof OpenAI.APIUserAbortError || isAbort(error)) {
      return new LlmFailure("timeout", `${this.where()} did not answer within ${seconds} s`);
    }
    if (error instanceof OpenAI.APIConnectionError) return new LlmFailure("connection", `${this.where()} could not be reached (${error.message})`);
    const status = statusOf(error);
    if (status !== undefined) {
      if (status === 401 || status === 403) return new LlmFailure("key", `${this.where()} refused the API key (HTTP ${status})`);
      if (status === 429) return new LlmFailure("rate-limit", `${this.where()} is rate-limiting requests (HTTP 429 after ${MAX_RETRIES} retries)`);
      const retried = isRetryableStatus(status) ? ` after ${MAX_RETRIES} retries` : "";
      return new LlmFailure("http", `${this.where()} answered HTTP ${status}${retried}${detail(error as Error)}`);
    }
    if (error instanceof SyntaxError) return new LlmFailure("garbage", `${this.where()} sent a response that is not JSON`);
    return new LlmFailure("connection", `${this.where()} failed (${error instanceof Error ? error.message : String(error)})`);
  }

  /** "the LLM at api.openai.com" / "the LLM at 127.0.0.1:11434". */
  private where(): string {
    return `the LLM at ${new URL(this.endpoint.baseUrl).host}`;
  }
}

/** The HTTP status of a status error from the client; undefined for anything else (timeouts and connection errors have none). */
function statusOf(error: unknown): number | undefined {
  if (!(error instanceof OpenAI.APIError) || error instanceof OpenAI.APIConnectionError) return undefined;
  const status = error.status as unknown;
  return typeof status === "number" ? status : undefined;
}

function headersOf(error: unknown): Headers | undefined {
  const headers = error instanceof OpenAI.APIError ? (error.headers as unknown) : undefined;
  return headers instanceof Headers ? headers : undefined;
}

function detail(error: Error): string {
  const raw = error.message.replace(/^\d{3}\s*/, "").trim();
  return raw === "" || raw === "status code (no body)" ? "" : `: ${raw.length > 120 ? `${raw.slice(0, 117)}…` : raw}`;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
