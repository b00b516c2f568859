/**
 * When to try a request again: after a 429 (rate limit) or a 5xx (server trouble), at most
 * {@link MAX_RETRIES} times, waiting what the server asks (`Retry-After` in seconds or as an
 * HTTP date, or OpenAI's `retry-after-ms`) or else an exponential backoff. A server that asks
 * for a longer wait than {@link MAX_RETRY_WAIT_MS} is not waited for: the note falls back to
 * the rules now instead of holding a scan (or a background pass) for minutes.
 */

/** Retries after the first attempt. Default 2: three attempts in all. */
export const MAX_RETRIES = 2;

/** First backoff when the server names no wait; doubles per retry (500 ms, 1 s). */
export const DEFAULT_RETRY_BASE_MS = 500;

/** Longest wait honoured before one retry (20 s). */
export const MAX_RETRY_WAIT_MS = 20_000;

/** True for the statuses worth retrying: 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** A number of seconds or milliseconds, possibly fractional. */
const NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * Milliseconds to wait before retry number `retry` (0 for the first retry), or null when the
 * server asks for more than {@link MAX_RETRY_WAIT_MS}. `headers` are the failed response's;
 * `nowMs` is the current time, used only to read an HTTP-date `Retry-After`.
 */
export function retryDelay(retry: number, headers: { get(name: string): string | null } | undefined, baseMs: number, nowMs: number): number | null {
  const asked = askedWait(headers, nowMs);
  const wait = asked ?? baseMs * 2 ** retry;
  return wait > MAX_RETRY_WAIT_MS ? null : Math.max(0, wait);
}

/** The wait the server asked for, in milliseconds, or null when it named none readable. */
export function askedWait(headers: { get(name: string): string | null } | undefined, nowMs: number): number | null {
  const ms = headers?.get("retry-after-ms")?.trim();
  if (ms && NUMBER.test(ms)) return Number(ms);
  const after = headers?.get("retry-after")?.trim();
  if (!after) return null;
  if (NUMBER.test(after)) return Number(after) * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
