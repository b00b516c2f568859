import { describe, expect, it } from "vitest";
import { classifyRemoteFailure, remoteFailureMessage, type RemoteFailure } from "../../src/sync/remote-failure";

describe("classifyRemoteFailure", () => {
  // Messages as git 2.39 prints them (LC_ALL=C).
  const table: Array<[string, RemoteFailure]> = [
    ["fatal: Authentication failed for 'https://example.com/team/vault.git/'", "auth"],
    ["fatal: could not read Username for 'http://127.0.0.1:4000': terminal prompts disabled", "auth"],
    ["git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.", "auth"],
    ["fatal: unable to access 'https://x/': The requested URL returned error: 403", "auth"],
    ["fatal: unable to access 'http://127.0.0.1:1/vault.git/': Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server", "unreachable"],
    ["fatal: unable to access 'https://nowhere.invalid/': Could not resolve host: nowhere.invalid", "unreachable"],
    ["fatal: '/tmp/missing.git' does not appear to be a git repository\nfatal: Could not read from remote repository.", "unreachable"],
    ["remote: Repository not found.\nfatal: repository 'https://x/' not found", "unreachable"],
    ["ssh: connect to host example.com port 22: Connection timed out", "unreachable"],
    ["To /tmp/r.git\n!\trefs/heads/main:refs/heads/main\t[rejected] (fetch first)\nerror: failed to push some refs", "rejected"],
    [" ! [rejected]        main -> main (non-fast-forward)", "rejected"],
    ["!\trefs/heads/main:refs/heads/main\t[remote rejected] (failed to update ref)", "rejected"],
    ["!\trefs/heads/main:refs/heads/main\t[remote rejected] (pre-receive hook declined)", "declined"],
    ["remote: GitLab: You are not allowed to push code to protected branches on this project.\n! [remote rejected] main -> main (pre-receive hook declined)", "declined"],
    ["fatal: something else entirely", "unknown"],
  ];
  it.each(table)("%j", (text, expected) => expect(classifyRemoteFailure(text)).toBe(expected));

  it("says what to fix and quotes git's error line", () => {
    const message = remoteFailureMessage("unreachable", "origin", "hint: x\nfatal: unable to access 'http://127.0.0.1:1/': Failed to connect");
    expect(message).toContain('Remote "origin" is unreachable');
    expect(message).toContain("committed locally");
    expect(message).toContain("git said: fatal: unable to access");
    expect(remoteFailureMessage("auth", "origin", "")).toContain("Authentication refused");
  });
});
