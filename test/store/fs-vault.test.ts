import { statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_NOTE_BYTES } from "../../src/cli/fs-vault";
import { VaultReadError, VaultWriteError, checkVaultPath } from "../../src/store/vault-port";
import { removeTempVaults, tempVault } from "./temp-vault";

afterAll(removeTempVaults);

async function readError(promise: Promise<unknown>): Promise<VaultReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof VaultReadError)) throw new Error(`expected a VaultReadError, got ${String(error)}`);
  return error;
}

describe("FsVault (the Node VaultPort)", () => {
  it("lists markdown notes sorted by path, skipping dot-folders, node_modules and other files", async () => {
    const vault = tempVault({
      "b.md": "",
      "A.md": "",
      "Channels/infra/2026-11-23 Maya.md": "",
      "Channels/infra/image.png": "x",
      ".config/workspace.md": "",
      ".git/x.md": "",
      ".trash/old.md": "",
      "node_modules/pkg/readme.md": "",
      "Notes/.hidden.md": "",
      "Notes/ä.md": "",
    });
    await expect(vault.port.listNotes()).resolves.toEqual(["A.md", "Channels/infra/2026-11-23 Maya.md", "Notes/ä.md", "b.md"]);
  });

  it("reads UTF-8 text, dropping a byte order mark", async () => {
    const vault = tempVault({ "n.md": "Café ☕\r\nline 2", "bom.md": "\uFEFF---\nx: 1\n---\n" });
    await expect(vault.port.read("n.md")).resolves.toBe("Café ☕\r\nline 2");
    await expect(vault.port.read("bom.md")).resolves.toBe("---\nx: 1\n---\n");
  });

  it.each([
    ["missing", "nope.md", null, /^Cannot read "nope.md": the file does not exist/],
    ["binary", "bin.md", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x0a]), /^Skipped "bin.md": it is a binary file/],
    ["not-utf8", "latin1.md", new Uint8Array([0x63, 0x61, 0x66, 0xe9]), /^Skipped "latin1.md": it is not valid UTF-8 text\. Re-save it as UTF-8/],
    ["io", "folder.md", "dir", /^Cannot read "folder.md": it is a folder/],
  ] as const)("refuses a %s file with a message naming it", async (problem, path, content, message) => {
    const vault = tempVault();
    if (content === "dir") vault.write(`${path}/inner.md`, "");
    else if (content !== null) vault.write(path, content);
    const error = await readError(vault.port.read(path));
    expect(error.problem).toBe(problem);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it("refuses a note over 20 MB without reading it, but reads one just under", async () => {
    const vault = tempVault({ "big.md": "", "ok.md": "" });
    truncateSync(join(vault.root, "big.md"), MAX_NOTE_BYTES + 1);
    const error = await readError(vault.port.read("big.md"));
    expect(error.problem).toBe("too-large");
    expect(error.message).toMatch(/^Skipped "big.md": 20\.0 MB is over the 20 MB limit/);
    writeFileSync(join(vault.root, "ok.md"), "a".repeat(5 * 1024 * 1024));
    await expect(vault.port.read("ok.md")).resolves.toHaveLength(5 * 1024 * 1024);
  });

  it("creates notes and their folders, and never overwrites", async () => {
    const vault = tempVault({ "exists.md": "mine" });
    await vault.port.create("Handoff/Commitments/New (ho-1).md", "new");
    expect(vault.read("Handoff/Commitments/New (ho-1).md")).toBe("new");
    const error = await vault.port.create("exists.md", "theirs").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultWriteError);
    expect((error as VaultWriteError).message).toBe('"exists.md" already exists; Handoff never overwrites a note. Rename or move the existing note and scan again.');
    expect(vault.read("exists.md")).toBe("mine");
  });

  it("process writes nothing when the text is unchanged, and replaces the note atomically otherwise", async () => {
    const vault = tempVault({ "n.md": "one\n", "bom.md": "\uFEFFold" });
    const mtime = statSync(join(vault.root, "n.md")).mtimeMs;
    await new Promise((r) => setTimeout(r, 15));
    await expect(vault.port.process("n.md", (t) => t)).resolves.toBe("one\n");
    expect(statSync(join(vault.root, "n.md")).mtimeMs).toBe(mtime);
    await expect(vault.port.process("n.md", (t) => `${t}two\n`)).resolves.toBe("one\ntwo\n");
    expect(vault.read("n.md")).toBe("one\ntwo\n");
    await vault.port.process("bom.md", (t) => t.replace("old", "new"));
    expect(vault.read("bom.md")).toBe("\uFEFFnew");
    expect(vault.list("").length).toBe(0);
    expect([...vault.tree().keys()]).toEqual(["bom.md", "n.md"]);
  });

  it("process on a binary note rejects before calling the function, leaving it alone", async () => {
    const bytes = new Uint8Array([0x00, 0x01, 0x02]);
    const vault = tempVault({ "b.md": bytes });
    let called = false;
    const error = await readError(
      vault.port.process("b.md", (t) => {
        called = true;
        return t;
      }),
    );
    expect(error.problem).toBe("binary");
    expect(called).toBe(false);
    expect(vault.tree().get("b.md")).toEqual(Buffer.from(bytes));
  });

  it("renames into new folders and refuses to replace an existing note", async () => {
    const vault = tempVault({ "a.md": "A", "b.md": "B" });
    await vault.port.rename("a.md", "Archive/2026/a.md");
    expect(vault.read("Archive/2026/a.md")).toBe("A");
    await expect(vault.port.exists("a.md")).resolves.toBe(false);
    await expect(vault.port.rename("b.md", "Archive/2026/a.md")).rejects.toThrow('"Archive/2026/a.md" already exists');
    await expect(vault.port.rename("zzz.md", "c.md")).rejects.toThrow('Cannot move "zzz.md": the file does not exist.');
    expect(vault.read("b.md")).toBe("B");
  });

  it("stat gives size and mtime of files, null for missing files and folders", async () => {
    const vault = tempVault({ "n.md": "12345", "F/x.md": "" });
    await expect(vault.port.stat("n.md")).resolves.toMatchObject({ size: 5 });
    await expect(vault.port.stat("nope.md")).resolves.toBeNull();
    await expect(vault.port.stat("F")).resolves.toBeNull();
  });

  it.each(["", "/etc/passwd.md", "../outside.md", "a/../../b.md", "a//b.md", "./a.md", "C:/x.md", "a\\b.md"])("rejects the path %j as not vault-relative", async (path) => {
    expect(() => checkVaultPath(path)).toThrow(RangeError);
    const vault = tempVault();
    await expect(vault.port.read(path)).rejects.toThrow(RangeError);
    await expect(vault.port.create(path, "x")).rejects.toThrow(RangeError);
  });

  it.each(["a.md", "Channels/infra/2026-11-23 Maya.md", "Notes/..hidden.md", "x/.y/z.md"])("accepts the vault path %j", (path) => {
    expect(checkVaultPath(path)).toBe(path);
  });
});
