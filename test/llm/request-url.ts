// Stand-ins for Obsidian's pieces in Node: a `requestUrl` that performs a real HTTP request (as
// Obsidian's does, without CORS and without cancellation), and hand-driven timers.
import { request } from "node:http";
import type { RequestUrlParam, RequestUrlResponse } from "obsidian";
import type { QueueTimers } from "../../src/obsidian/reindex-queue";

/** Counts of calls, for tests. */
export const requestUrlCalls: RequestUrlParam[] = [];

/** Obsidian's `requestUrl` semantics over node:http: the whole body read, `throw: false` honoured. */
export function realRequestUrl(param: RequestUrlParam): Promise<RequestUrlResponse> {
  requestUrlCalls.push(param);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...param.headers };
    if (param.contentType) headers["content-type"] = param.contentType;
    const req = request(param.url, { method: param.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const buf = Buffer.concat(chunks);
        const status = res.statusCode ?? 0;
        if (param.throw !== false && status >= 400) {
          reject(new Error(`Request failed, status ${status}`));
          return;
        }
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
        const text = buf.toString("utf8");
        resolve({
          status,
          headers: flat,
          arrayBuffer: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength),
          text,
          get json(): unknown {
            return JSON.parse(text) as unknown;
          },
        });
      });
    });
    req.on("error", reject);
    if (param.body !== undefined) req.write(typeof param.body === "string" ? param.body : Buffer.from(param.body));
    req.end();
  });
}

/** Timers driven by `advance(ms)`. */
export class ManualTimers implements QueueTimers {
  private t = 0;
  private nextId = 1;
  private readonly tasks = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.tasks.set(id, { at: this.t + ms, fn });
    return id;
  }

  clearTimeout(id: number): void {
    this.tasks.delete(id);
  }

  /** Moves time on, running every task that falls due, in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const due = [...this.tasks.entries()].filter(([, task]) => task.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.tasks.delete(due[0]);
      this.t = due[1].at;
      due[1].fn();
    }
    this.t = end;
  }

  get pending(): number {
    return this.tasks.size;
  }
}
