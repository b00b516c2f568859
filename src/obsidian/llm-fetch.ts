/**
 * A `fetch` for the OpenAI client over Obsidian's `requestUrl`, so a custom endpoint (a company
 * proxy, Ollama, LM Studio) works without CORS trouble on desktop and mobile: `requestUrl` is
 * not subject to the page's CORS rules, `window.fetch` is.
 *
 * It converts the client's request (URL, method, headers, a string or binary body) into a
 * `RequestUrlParam` with `throw: false` (so error statuses reach the client, which reads 429's
 * `Retry-After` and 400's message), and `requestUrl`'s result into a `Response`. `requestUrl`
 * cannot be cancelled: when the client's signal aborts (its timeout), the returned promise
 * rejects at once with the abort reason and the late answer is ignored.
 *
 * Only `import type` from obsidian: the adapter is tested in Node with a `requestUrl` that
 * performs real HTTP.
 */
import type { RequestUrlParam, RequestUrlResponse } from "obsidian";
import type { FetchLike } from "../extract/llm-endpoint";

/** `requestUrl` as the adapter calls it (Obsidian's, or a stand-in in tests). */
export type RequestUrlFunction = (request: RequestUrlParam) => Promise<RequestUrlResponse>;

/** Statuses whose response has no body (`Response` refuses one). */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

/** The adapter: a `fetch` that sends through `requestUrl`. */
export function requestUrlFetch(requestUrl: RequestUrlFunction): FetchLike {
  return async (input, init) => {
    const request = typeof Request !== "undefined" && input instanceof Request ? input : null;
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : (request?.url ?? "");
    const signal = init?.signal ?? request?.signal ?? null;
    if (signal?.aborted) throw abortReason(signal);
    const headers = headerRecord(init?.headers ?? request?.headers);
    const body = await bodyOf(init?.body ?? (request && request.body !== null ? await request.arrayBuffer() : undefined));
    const param: RequestUrlParam = { url, method: (init?.method ?? request?.method ?? "GET").toUpperCase(), headers, throw: false };
    if (body !== undefined) param.body = body;
    const contentType = headers["content-type"];
    if (contentType !== undefined) param.contentType = contentType;
    const pending = requestUrl(param);
    const result = signal ? await raceAbort(pending, signal) : await pending;
    return toResponse(result);
  };
}

/** A `Response` from `requestUrl`'s result. Throws a TypeError for a status `Response` cannot carry (the client reports it as a connection failure). */
export function toResponse(result: RequestUrlResponse): Response {
  const status = result.status;
  if (!Number.isInteger(status) || status < 200 || status > 599) throw new TypeError(`requestUrl returned HTTP status ${status}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    try {
      headers.append(name, String(value));
    } catch {
      // A header the platform's Headers refuses (a forbidden name or bad bytes): the client does not need it.
    }
  }
  return new Response(NULL_BODY_STATUSES.has(status) ? null : result.arrayBuffer, { status, headers });
}

function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  const entries: Iterable<[string, string]> =
    headers instanceof Headers ? headers.entries() : Array.isArray(headers) ? headers : Object.entries(headers);
  for (const [name, value] of entries) out[name.toLowerCase()] = value;
  return out;
}

/** The body as `requestUrl` takes it: a string or an ArrayBuffer. Streams and forms are not supported (the chat API sends JSON text). */
async function bodyOf(body: BodyInit | ArrayBuffer | null | undefined): Promise<string | ArrayBuffer | undefined> {
  if (body === null || body === undefined) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof ArrayBuffer) return body;
  if (ArrayBuffer.isView(body)) return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength);
  if (body instanceof URLSearchParams) return body.toString();
  if (typeof Blob !== "undefined" && body instanceof Blob) return body.arrayBuffer();
  throw new TypeError("requestUrl can send only text or binary bodies, not streams or forms");
}

function raceAbort<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    pending.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The signal's reason when it is an error (a `TimeoutError` or `AbortError`), else an `AbortError`. */
function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException("The request was aborted", "AbortError");
}
