import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KEY, NOTE } from "./harness";
import { answering, useStandIn } from "./stand-in";
import { runCli } from "../cli/run-cli";

// `handoff extract --llm` and `handoff scan --llm` in-process through main(), against the stand-in
// server over real HTTP, with the cache in a temp XDG_CACHE_HOME outside the vault.

const root = mkdtempSync(join(tmpdir(), "handoff-llm-cli-"));
const server = useStandIn();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SHE_SAID = { kind: "commitment", quote: "She said they'd be done Thursday.", owner: null, due_text: "Thursday" };
const SARAH = { kind: "commitment", quote: "Sarah mentioned the vendor contract goes out before Friday EOD.", owner: "Sarah", due_text: "before Friday EOD" };

let cacheCount = 0;
/** A fresh cache folder per test unless one is given. */
function env(extra: Record<string, string> = {}, cache = join(root, `cache-${cacheCount++}`)): Record<string, string> {
  return { OPENAI_API_KEY: KEY, XDG_CACHE_HOME: cache, HOME: join(root, "home"), ...extra };
}

const run = (args: string[], environment: Record<string, string | undefined> = env()) => runCli(args, { cwd: root, env: environment });

function write(path: string, text: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

function warnings(err: string): string[] {
  return err.split("\n").filter((l) => l.startsWith("warning:"));
}

describe("handoff extract --llm", () => {
  it("prints rule and grounded LLM candidates, with the LLM's marked, and a summary on stderr", async () => {
    write("note.md", NOTE);
    server.respond(answering([SHE_SAID, { kind: "decision", quote: "We cancelled the launch.", owner: null, due_text: null, when: "She said" }]));
    const { code, stdout: out, stderr: err } = await run(["extract", "note.md", "--json", "--llm", "--llm-base-url", server.baseUrl, "--llm-model", "local-model"]);
    expect(code).toBe(0);
    const items = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(items.map((i) => [i.kind, i.line, i.extractedBy])).toEqual([
      ["commitment", 7, "llm"],
      ["commitment", 9, "rules"],
    ]);
    expect(items[0]).toMatchObject({ text: SHE_SAID.quote, dueText: "Thursday", owner: null });
    expect(warnings(err)).toEqual([]);
    expect(err).toMatch(/^llm: 1 call \(3 paragraphs sent, 0 from the cache\): 1 item added, 0 already found by the rules, 1 dropped/m);
    expect(server.requests[0].body?.model).toBe("local-model");
  });

  it("uses OPENAI_BASE_URL when no --llm-base-url is given", async () => {
    write("env.md", NOTE);
    server.respond(answering([SHE_SAID]));
    const { code } = await run(["extract", "env.md", "--json", "--llm"], env({ OPENAI_BASE_URL: server.baseUrl }));
    expect(code).toBe(0);
    expect(server.calls()).toBe(1);
  });

  it("falls back to the rules with one warning when the server fails; the exit code stays 0", async () => {
    write("down.md", NOTE);
    server.script({ status: 500 });
    const { code, stdout: out, stderr: err } = await run(["extract", "down.md", "--json", "--llm", `--llm-base-url=${server.baseUrl}`]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Array<{ extractedBy: string }>).map((i) => i.extractedBy)).toEqual(["rules"]);
    expect(warnings(err)).toHaveLength(1);
    expect(warnings(err)[0]).toMatch(/^warning: LLM extraction fell back to the rules for down\.md: the LLM at 127\.0\.0\.1:\d+ answered HTTP 500 after 2 retries/);
  });

  it("times out a hang after --llm-timeout seconds", async () => {
    write("hang.md", NOTE);
    server.script({ hang: true });
    const started = Date.now();
    const { code, stderr: err } = await run(["extract", "hang.md", "--llm", "--llm-base-url", server.baseUrl, "--llm-timeout", "0.4"]);
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(warnings(err)).toEqual([expect.stringMatching(/did not answer within 0.4 s/)]);
  });

  it("refuses a remote endpoint without OPENAI_API_KEY, but not a local server", async () => {
    write("nokey.md", NOTE);
    const remote = await run(["extract", "nokey.md", "--llm", "--llm-base-url", "https://llm.example.com/v1"], env({ OPENAI_API_KEY: "" }));
    expect(remote.code).toBe(1);
    expect(remote.stderr).toMatch(/handoff extract: --llm needs an API key for https:\/\/llm\.example\.com\/v1: set the OPENAI_API_KEY environment variable/);
    const defaultRemote = await run(["extract", "nokey.md", "--llm"], { XDG_CACHE_HOME: join(root, "c"), HOME: root });
    expect(defaultRemote.stderr).toContain("https://api.openai.com/v1");
    server.respond(answering([SHE_SAID]));
    const local = await run(["extract", "nokey.md", "--llm", "--llm-base-url", server.baseUrl], env({ OPENAI_API_KEY: "" }));
    expect(local.code).toBe(0);
    expect(server.requests[0].headers.authorization).toBe("Bearer no-key");
  });

  const usage: Array<[string[], RegExp]> = [
    [["--llm-model", "x"], /--llm-model has no effect without --llm/],
    [["--llm", "--llm-timeout", "0"], /--llm-timeout "0" is not a number of seconds/],
    [["--llm", "--llm-timeout", "soon"], /--llm-timeout "soon" is not a number of seconds/],
    [["--llm", "--llm-budget", "-3"], /--llm-budget "-3" is not a whole number/],
    [["--llm", "--llm-base-url", "ftp://x"], /--llm-base-url "ftp:\/\/x" is not an http\(s\) URL/],
    [["--llm", "--llm-base-url"], /--llm-base-url needs a value/],
    [["--llm", "--llm-model", ""], /--llm-model needs a model name/],
    [["--llm-key", "sk-x"], /unknown option --llm-key/],
  ];
  for (const [flags, message] of usage) {
    it(`usage error: ${flags.join(" ")}`, async () => {
      write("usage.md", NOTE);
      const { code, stderr: err } = await run(["extract", "usage.md", ...flags]);
      expect(code).toBe(2);
      expect(err).toMatch(message);
    });
  }
});

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

describe("handoff scan --llm", () => {
  function vault(name: string): string {
    const dir = join(root, name);
    write(`${name}/People/Maya Chen.md`, "---\ntimezone: Europe/London\naliases: [Maya]\n---\n");
    write(`${name}/People/Sarah Jones.md`, "---\ntimezone: Asia/Singapore\naliases: [Sarah]\n---\n");
    write(`${name}/Handoff/Team settings.md`, "---\nllm_folders: [Channels]\n---\n");
    write(`${name}/Channels/design/2026-11-23 Maya.md`, NOTE);
    write(`${name}/Channels/design/2026-11-24 Maya.md`, NOTE.replace("2026-11-23", "2026-11-24").replace("Thursday.", "Friday."));
    // The plugin's device settings hold only the secret's NAME; Obsidian's own config too.
    write(`${name}/.obsidian/plugins/handoff/data.json`, JSON.stringify({ llmEndpoint: server.baseUrl, llmModel: "m", llmKeySecret: "handoff-llm" }));
    write(`${name}/.obsidian/app.json`, "{}");
    return dir;
  }

  it("writes LLM items as item notes; no file in the vault (.obsidian included) or the cache holds the key", async () => {
    const dir = vault("vault-a");
    const cache = join(root, "cache-scan-a");
    server.respond(answering([SHE_SAID, SARAH, { ...SHE_SAID, quote: "She said they'd be done Friday." }]));
    const { code, stdout: out, stderr: err } = await run(["scan", dir, "--json", "--llm", "--llm-base-url", server.baseUrl, "--now", "2026-11-24T09:00:00Z"], env({}, cache));
    expect([code, warnings(err)]).toEqual([0, []]);
    const result = JSON.parse(out) as { items: Array<{ path: string; source: string; line: number }>; llm: { calls: number; added: number } };
    expect(result.llm).toMatchObject({ calls: 2, added: 4 });
    const llmNotes = result.items.filter((i) => readFileSync(join(dir, i.path), "utf8").includes("extracted_by: llm"));
    expect(llmNotes.map((i) => `${i.source.split("/").pop()}:${i.line}`).sort()).toEqual(["2026-11-23 Maya.md:11", "2026-11-23 Maya.md:7", "2026-11-24 Maya.md:11", "2026-11-24 Maya.md:7"]);
    const all = files(dir);
    expect(all.some((f) => relative(dir, f).startsWith(".obsidian/"))).toBe(true);
    for (const file of [...all, ...files(cache)]) expect(readFileSync(file, "utf8"), file).not.toContain(KEY);
    expect(files(cache).length).toBeGreaterThan(0);
    expect(all.some((f) => f.startsWith(cache))).toBe(false);

    // A second scan: every paragraph is in the cache, no call, nothing changes.
    server.requests.length = 0;
    const before = new Map(all.map((f) => [f, statSync(f).mtimeMs]));
    const again = await run(["scan", dir, "--json", "--llm", "--llm-base-url", server.baseUrl, "--now", "2026-11-24T09:00:00Z"], env({}, cache));
    expect(again.code).toBe(0);
    expect(server.calls()).toBe(0);
    expect((JSON.parse(again.stdout) as { updated: number; created: number }).created).toBe(0);
    for (const f of all) expect(statSync(f).mtimeMs, f).toBe(before.get(f));
  });

  it("stops at the daily budget with one warning; the rest of the vault is read by the rules", async () => {
    const dir = vault("vault-b");
    server.respond(answering([SHE_SAID, SARAH]));
    const { code, stderr: err } = await run(["scan", dir, "--llm", "--llm-base-url", server.baseUrl, "--llm-budget", "1"]);
    expect(code).toBe(0);
    expect(server.calls()).toBe(1);
    expect(warnings(err)).toEqual([expect.stringMatching(/daily budget of 1 LLM calls on this device is used up/)]);
    expect(err).toMatch(/^llm: 1 call .*; 1 note read by the rules only; budget 1\/1 calls today\.$/m);
  });

  it("without --llm, a scan sends nothing even with llm_folders and a key", async () => {
    const dir = vault("vault-c");
    const { code } = await run(["scan", dir]);
    expect(code).toBe(0);
    expect(server.calls()).toBe(0);
  });
});
