/**
 * Text that looks like a credential, which sync refuses to commit (an API key pasted into a
 * note would otherwise reach every teammate's clone and the remote's history for good).
 * Each pattern is anchored on a non-word character or the line start instead of a lookbehind
 * (unsupported on some iOS versions).
 */
export interface SecretPattern {
  readonly name: string;
  readonly pattern: RegExp;
}

/** Start of text or a character that cannot be part of a token, so `task-sk-…` does not match. */
const EDGE = "(?:^|[^A-Za-z0-9_-])";

/**
 * The credential shapes sync refuses, each matching a full token:
 * - OpenAI / Anthropic style keys: `sk-`, optional `proj-` / `ant-` … prefix, 20+ key characters
 *   with a digit and an upper-case letter among them (`sk-proj-AbC1…`); not `sk-learn`,
 *   `ask-me-anything`, `sk-` + a short word or a lower-case hyphenated phrase;
 * - an HTTP `Authorization: Bearer <token>` header with a 16+ character token; not
 *   `Authorization: Bearer <your token>` or `Bearer token` prose;
 * - GitHub tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_` + 36 characters; `github_pat_` + 22+);
 * - AWS access key ids (`AKIA` + 16 upper-case letters or digits);
 * - Slack tokens (`xoxb-`, `xoxp-`, `xoxa-`, `xoxr-`, `xoxs-` + 10+);
 * - Google API keys (`AIza` + 35 characters);
 * - PEM private keys (`-----BEGIN … PRIVATE KEY-----`).
 */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { name: "an API key (sk-…)", pattern: new RegExp(`${EDGE}sk-(?:[a-z]{2,10}-)?(?=[A-Za-z_-]*[0-9])(?=[a-z0-9_-]*[A-Z])[A-Za-z0-9_-]{20,}`, "m") },
  { name: "an Authorization: Bearer header", pattern: /Authorization:[ \t]*Bearer[ \t]+[A-Za-z0-9._~+/=-]{16,}/im },
  { name: "a GitHub token", pattern: new RegExp(`${EDGE}(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})`, "m") },
  { name: "an AWS access key", pattern: new RegExp(`${EDGE}AKIA[0-9A-Z]{16}(?![0-9A-Z])`, "m") },
  { name: "a Slack token", pattern: new RegExp(`${EDGE}xox[abprs]-[A-Za-z0-9-]{10,}`, "m") },
  { name: "a Google API key", pattern: new RegExp(`${EDGE}AIza[0-9A-Za-z_-]{35}`, "m") },
  { name: "a private key", pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];

/** A credential found in a file: which kind and on which line (1-based). */
export interface SecretFinding {
  readonly path: string;
  readonly kind: string;
  readonly line: number;
}

/** The first credential-looking text in `text`, or null. Pure; never returns the secret itself. */
export function findSecret(path: string, text: string): SecretFinding | null {
  let first: SecretFinding | null = null;
  let firstAt = Infinity;
  for (const { name, pattern } of SECRET_PATTERNS) {
    const match = pattern.exec(text);
    if (!match || match.index >= firstAt) continue;
    firstAt = match.index;
    first = { path, kind: name, line: lineAt(text, match.index + (match[0].length - match[0].trimStart().length)) };
  }
  return first;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** The message sync shows when it refuses: names the files and says what to do. */
export function secretRefusal(findings: readonly SecretFinding[]): string {
  const list = findings.map((f) => `${f.path} (line ${f.line}: ${f.kind})`).join(", ");
  return `Sync stopped: ${list} ${findings.length === 1 ? "looks" : "look"} like a secret. Nothing was committed. Remove the key from the note (keep keys in Obsidian's secret storage or your environment), then sync again.`;
}
