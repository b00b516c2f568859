import { describe, expect, it } from "vitest";
import { findSecret, SECRET_PATTERNS, secretRefusal } from "../../src/sync/secret-guard";

// Built from parts so this file itself holds no key-shaped string.
const KEY_BODY = ["Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z", "Zz0Yy1Xx2Ww3"].join("");

describe("secret patterns", () => {
  const positives: Array<[string, string]> = [
    ["OpenAI project key", `OPENAI_API_KEY=sk-proj-${KEY_BODY}`],
    ["legacy OpenAI key", `key: sk-${KEY_BODY}`],
    ["Anthropic key", `"sk-ant-api03-${KEY_BODY}"`],
    ["key at line start", `sk-${KEY_BODY}`],
    ["bearer header", "curl -H 'Authorization: Bearer abcdEFGH1234ijklMNOP5678'"],
    ["bearer header lower case", "authorization: bearer abcdEFGH1234ijklMNOP5678"],
    ["GitHub classic token", `token ghp_${"a1B2".repeat(9)}`],
    ["GitHub fine-grained token", `github_pat_${"a1B2c3".repeat(4)}`],
    ["AWS access key id", "aws_access_key_id = AKIAIOSFODNN7EXAMPL3"],
    ["Slack bot token", "xoxb-1234567890-abcdefghij"],
    ["Google API key", `AIza${"a1B2c3D4e5".repeat(3)}F6g7h`],
    ["PEM private key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn..."],
    ["RSA private key", "-----BEGIN RSA PRIVATE KEY-----"],
  ];
  it.each(positives)("finds %s", (_name, text) => {
    expect(findSecret("Notes/x.md", text)).not.toBeNull();
  });

  const negatives: Array<[string, string]> = [
    ["sk-learn", "We use sk-learn for the model."],
    ["ask-me-anything", "Join the ask-me-anything session."],
    ["short sk- word", "sk-12345"],
    ["lower-case hyphenated phrase", "sk-this-is-not-a-key-at-all-really-no"],
    ["task-sk- prefix", `task-sk-${KEY_BODY}`],
    ["bearer placeholder", "Authorization: Bearer <your token>"],
    ["bearer prose", "The bearer token goes in the header."],
    ["ghp_ too short", "ghp_abc123"],
    ["AKIA in a longer word", "AKIAIOSFODNN7EXAMPL3XYZ"],
    ["public key", "-----BEGIN PUBLIC KEY-----"],
    ["an ordinary note", "Sarah will send the brief by Wednesday. ^ho-k3j9x2a"],
  ];
  it.each(negatives)("ignores %s", (_name, text) => {
    expect(findSecret("Notes/x.md", text)).toBeNull();
  });

  it("has a name for every pattern", () => {
    for (const p of SECRET_PATTERNS) expect(p.name).not.toBe("");
  });
});

describe("findSecret", () => {
  it("names the file and the line, never the secret", () => {
    const found = findSecret("Notes/setup.md", `# Setup\n\nThe key:\nsk-proj-${KEY_BODY}\n`);
    expect(found).toEqual({ path: "Notes/setup.md", kind: "an API key (sk-…)", line: 4 });
    const message = secretRefusal([found!]);
    expect(message).toContain("Notes/setup.md (line 4: an API key (sk-…))");
    expect(message).toContain("Nothing was committed");
    expect(message).not.toContain(KEY_BODY);
  });

  it("reports the first credential in the text", () => {
    const found = findSecret("a.md", `line\nAuthorization: Bearer abcdEFGH1234ijklMNOP5678\nsk-${KEY_BODY}`);
    expect(found?.line).toBe(2);
    expect(found?.kind).toBe("an Authorization: Bearer header");
  });
});
