// A local OpenAI-compatible server for the LLM tests: a real node:http server on 127.0.0.1 (random
// port) implementing POST /v1/chat/completions. Each test scripts what it answers; every request
// is recorded (headers, raw body, parsed body) so tests can check what was sent, and counted.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";

/** One request as the server saw it. */
export interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly raw: string;
  readonly body: { model?: string; messages?: Array<{ role: string; content: string }>; response_format?: unknown } | null;
}

/** What the server does with one request. */
export type Reply =
  | { readonly answer: string }
  | { readonly items: ReadonlyArray<Record<string, unknown>> }
  | { readonly status: number; readonly body?: string; readonly headers?: Record<string, string> }
  | { readonly hang: true };

export type Responder = (req: Recorded, n: number) => Reply;

export interface StandIn {
  /** `http://127.0.0.1:<port>/v1` */
  readonly baseUrl: string;
  readonly requests: Recorded[];
  /** Chat-completion requests received. */
  calls(): number;
  /** Sets what the server answers from now on. */
  respond(responder: Responder): void;
  /** Answers with these replies in order, then with the last one again. */
  script(...replies: Reply[]): void;
  close(): Promise<void>;
}

/** The user message of a recorded request (the note data block). */
export function userMessage(req: Recorded): string {
  return req.body?.messages?.find((m) => m.role === "user")?.content ?? "";
}

/**
 * A responder that answers with each scripted item whose quote (or `when` text) is in the request's
 * user message, like a model that only sees what it was sent.
 */
export function answering(items: ReadonlyArray<Record<string, unknown> & { when?: string }>): Responder {
  return (req) => {
    const user = userMessage(req);
    return { items: items.filter((i) => user.includes(String(i.when ?? i.quote))).map(({ when: _when, ...rest }) => rest) };
  };
}

function completion(content: string): string {
  return JSON.stringify({
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model: "stand-in",
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

export async function startStandIn(): Promise<StandIn> {
  const requests: Recorded[] = [];
  let responder: Responder = () => ({ items: [] });
  let count = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: Recorded["body"] = null;
      try {
        body = JSON.parse(raw) as Recorded["body"];
      } catch {
        body = null;
      }
      const recorded: Recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, raw, body };
      requests.push(recorded);
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
        return;
      }
      const reply = responder(recorded, ++count);
      if ("hang" in reply) return;
      if ("status" in reply) {
        res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers }).end(reply.body ?? JSON.stringify({ error: { message: `scripted ${reply.status}` } }));
        return;
      }
      const content = "answer" in reply ? reply.answer : JSON.stringify({ items: reply.items });
      res.writeHead(200, { "content-type": "application/json" }).end(completion(content));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    calls: () => requests.filter((r) => r.url === "/v1/chat/completions").length,
    respond: (r) => {
      responder = r;
    },
    script: (...replies) => {
      let i = 0;
      responder = () => replies[Math.min(i++, replies.length - 1)] ?? { items: [] };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One stand-in for the test file: started before its tests, closed after them, its request log
 * cleared before each test. The returned object forwards to the running server.
 */
export function useStandIn(): StandIn {
  let server: StandIn | null = null;
  const running = (): StandIn => {
    if (server === null) throw new Error("the stand-in server is used before beforeAll started it");
    return server;
  };
  beforeAll(async () => {
    server = await startStandIn();
  });
  afterAll(() => running().close());
  beforeEach(() => {
    running().requests.length = 0;
  });
  return {
    get baseUrl() {
      return running().baseUrl;
    },
    get requests() {
      return running().requests;
    },
    calls: () => running().calls(),
    respond: (r) => running().respond(r),
    script: (...replies) => running().script(...replies),
    close: () => running().close(),
  };
}
