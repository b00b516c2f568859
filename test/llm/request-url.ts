// Obsidian's `requestUrl` stood in for in Node: a real HTTP request, as Obsidian's performs one
// (without CORS and without cancellation).
import { request } from "node:http";
import type { RequestUrlParam, RequestUrlResponse } from "obsidian";

/** Obsidian's `requestUrl` semantics over node:http: the whole body read, `throw: false` honoured. */
export function realRequestUrl(param: RequestUrlParam): Promise<RequestUrlResponse> {
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
