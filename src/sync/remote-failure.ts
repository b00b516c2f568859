/**
 * Why talking to the remote failed, read from git's error text:
 * `auth` credentials refused; `unreachable` no network, wrong URL or no such repository;
 * `rejected` the remote moved on first (fetch, merge and push again); `declined` the remote
 * refused on policy (a hook, a protected branch); `unknown` anything else.
 */
export type RemoteFailure = "auth" | "unreachable" | "rejected" | "declined" | "unknown";

/**
 * git's words for refused credentials (HTTP 401/403, a prompt that cannot be shown, SSH keys
 * refused). Matches `fatal: Authentication failed for 'https://…'`, `could not read Username
 * for 'https://…': terminal prompts disabled`, `Permission denied (publickey).`,
 * `The requested URL returned error: 403`; not `Permission denied` on a local file path alone.
 */
const AUTH_FAILURE = /Authentication failed|could not read (?:Username|Password)|terminal prompts disabled|Permission denied \((?:publickey|password|keyboard-interactive)|HTTP Basic: Access denied|Invalid username or password|returned error: 40[13]\b|\b401 Unauthorized|Bad credentials/i;

/**
 * git's words for a remote it cannot reach. Matches `Could not resolve host: example.com`,
 * `Failed to connect to 127.0.0.1 port 1`, `Connection refused`, `'…' does not appear to be a
 * git repository`, `Could not read from remote repository`, `Repository not found`,
 * `returned error: 404`, timeouts; not `! [rejected]` lines.
 */
const UNREACHABLE = /Could not resolve host|Failed to connect|Connection refused|Connection timed out|Connection reset|timed out|Network is unreachable|No route to host|does not appear to be a git repository|Could not read from remote repository|Repository not found|returned error: 404|unable to access|couldn't connect|ssh: connect to host/i;

/**
 * A push refused because the remote has commits we do not: `! [rejected] main -> main (fetch
 * first)`, `(non-fast-forward)`, a ref that moved during the push (`failed to update ref`,
 * `cannot lock ref`, `stale info`). Not `[remote rejected] … (pre-receive hook declined)`.
 */
const PUSH_RACE = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|stale info|incorrect old value/i;

/** A policy refusal: `[remote rejected] … (hook declined)`, `protected branch`, `denied to`. */
const POLICY_REFUSAL = /\[remote rejected\]|hook declined|protected branch|denied to/i;

/** Classifies git's error text about a remote (fetch or push). Order matters: a race before a policy refusal, auth before reachability. */
export function classifyRemoteFailure(text: string): RemoteFailure {
  if (PUSH_RACE.test(text) && !/hook declined/i.test(text)) return "rejected";
  if (POLICY_REFUSAL.test(text)) return "declined";
  if (AUTH_FAILURE.test(text)) return "auth";
  if (UNREACHABLE.test(text)) return "unreachable";
  return "unknown";
}

/** What a person should do about a failure, naming the remote; git's own first line follows. */
export function remoteFailureMessage(failure: RemoteFailure, remote: string, detail: string): string {
  const said = firstErrorLine(detail);
  const tail = said ? ` (git said: ${said})` : "";
  switch (failure) {
    case "auth":
      return `Authentication refused by remote "${remote}". Check your credentials for it (a credential helper, a personal access token or an SSH key) and sync again.${tail}`;
    case "unreachable":
      return `Remote "${remote}" is unreachable. Check your network and the remote's URL (git remote -v); your changes are committed locally and will be pushed on the next sync.${tail}`;
    case "rejected":
      return `Remote "${remote}" kept moving while this device synced. Your changes are committed locally; sync again.${tail}`;
    case "declined":
      return `Remote "${remote}" refused the push (a hook or a protected branch). Ask whoever runs the remote to allow pushes to this branch.${tail}`;
    default:
      return `Talking to remote "${remote}" failed. Your changes are committed locally.${tail}`;
  }
}

function firstErrorLine(detail: string): string {
  const lines = detail.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  return lines.find((l) => /^(fatal|error|remote|!|ssh)/i.test(l)) ?? lines[0] ?? "";
}
