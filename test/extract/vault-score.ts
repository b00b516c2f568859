import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildDirectory } from "../../src/extract/directory";
import { extractNote } from "../../src/extract/extract";
import type { Candidate } from "../../src/model/candidate";
import type { Directory } from "../../src/model/person";
import { TEAM_SETTINGS_PATH, type TeamSettings } from "../../src/model/team-settings";
import { splitFrontmatter } from "../../src/store/frontmatter";
import { parseTeamSettings } from "../../src/store/team-settings-note";

/**
 * Extraction scored on a whole labelled vault (the demo vault, the unseen-team fixture): every
 * source note extracted with the vault's own team settings and People/Team notes, as `handoff
 * extract --vault` does, and compared with a list of expected items written by a person.
 */

/** One item a person expects in a note. */
export interface ExpectedItem {
  readonly path: string;
  readonly kind: string;
  /** A verbatim piece of the sentence (or the whole sentence). */
  readonly text: string;
  /** Checked when given. */
  readonly owner?: string | null;
  /** Checked when not undefined (null: the candidate must have no due). */
  readonly due?: string | null;
  readonly windowCloses?: string | null;
  /** Either label is fair: not counted for recall, and a candidate on it is not a false positive. */
  readonly optional?: boolean;
}

/** A vault read from disk: its source notes, directory and settings. */
export interface LoadedVault {
  readonly root: string;
  readonly settings: TeamSettings;
  readonly directory: Directory;
  /** Vault-relative paths of the notes to extract (not People/, Teams/ or Handoff/). */
  readonly sources: readonly string[];
}

/** Reads the vault at `root` (a folder with `Handoff/Team settings.md`, People/ and Teams/). */
export function loadVault(root: string): LoadedVault {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir)).sort()) {
      const path = dir === "" ? entry : `${dir}/${entry}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (path.endsWith(".md")) files.push(path);
    }
  };
  walk("");
  const { settings } = parseTeamSettings(readFileSync(join(root, TEAM_SETTINGS_PATH), "utf8"));
  const profile = (p: string): boolean => p.startsWith(`${settings.peopleFolder}/`) || p.startsWith(`${settings.teamsFolder}/`);
  const notes = files.filter(profile).map((path) => ({ path, data: splitFrontmatter(readFileSync(join(root, path), "utf8")).data }));
  const { directory } = buildDirectory(notes, settings);
  const sources = files.filter((p) => !profile(p) && !p.startsWith("Handoff/"));
  return { root, settings, directory, sources };
}

/** Every candidate of every source note, by path. */
export function extractVault(vault: LoadedVault, now: string): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const path of vault.sources) {
    const text = readFileSync(join(vault.root, path), "utf8");
    out.set(path, extractNote(text, { path, directory: vault.directory, settings: vault.settings, now }).candidates);
  }
  return out;
}

/** How the candidates compare with the expected items. */
export interface VaultScore {
  /** Required expected items. */
  readonly expected: number;
  /** Required expected items found with the right kind. */
  readonly found: number;
  /** Non-FYI candidates, and those that sit on an expected (or optional) item. */
  readonly candidates: number;
  readonly matched: number;
  readonly ownerChecked: number;
  readonly ownerAgreed: number;
  readonly dueChecked: number;
  readonly dueAgreed: number;
  /** Human-readable lines for each miss, wrong kind, disagreement and false positive. */
  readonly problems: readonly string[];
  /** Non-FYI candidates that match nothing expected. */
  readonly extras: readonly Candidate[];
}

/** True when a candidate's sentence and an expected text are the same sentence (one contains the other). */
export function sameSentence(candidate: Candidate, text: string): boolean {
  return candidate.text.includes(text) || text.includes(candidate.text);
}

/** Scores `found` against `expected`; owners and dues are checked on the kinds in `checkKinds`. */
export function scoreVault(found: ReadonlyMap<string, readonly Candidate[]>, expected: readonly ExpectedItem[], checkKinds: ReadonlySet<string>): VaultScore {
  const matched = new Set<Candidate>();
  const problems: string[] = [];
  let required = 0;
  let hits = 0;
  let ownerChecked = 0;
  let ownerAgreed = 0;
  let dueChecked = 0;
  let dueAgreed = 0;
  for (const e of expected) {
    const same = (found.get(e.path) ?? []).filter((c) => sameSentence(c, e.text));
    for (const c of same) matched.add(c);
    if (e.optional) continue;
    required++;
    const hit = same.find((c) => c.kind === e.kind);
    if (!hit) {
      problems.push(same.length === 0 ? `MISS ${e.kind} ${e.path} | ${e.text}` : `KIND ${same.map((c) => c.kind).join(",")} expected ${e.kind} | ${e.text}`);
      continue;
    }
    hits++;
    if (!checkKinds.has(e.kind)) continue;
    if (e.owner !== undefined) {
      ownerChecked++;
      if (hit.owner === e.owner) ownerAgreed++;
      else problems.push(`OWNER ${hit.owner} expected ${e.owner} | ${e.text}`);
    }
    if (e.due !== undefined) {
      dueChecked++;
      if (hit.due === e.due) dueAgreed++;
      else problems.push(`DUE ${hit.due} (${hit.dueText}) expected ${e.due} | ${e.text}`);
    }
    if (e.windowCloses !== undefined) {
      dueChecked++;
      if (hit.windowCloses === e.windowCloses) dueAgreed++;
      else problems.push(`WINDOW ${hit.windowCloses} (${hit.windowText}) expected ${e.windowCloses} | ${e.text}`);
    }
  }
  const extras: Candidate[] = [];
  let candidates = 0;
  for (const [path, list] of found) {
    for (const c of list) {
      if (c.kind === "fyi") continue;
      candidates++;
      if (!matched.has(c)) {
        extras.push(c);
        problems.push(`EXTRA ${c.kind} ${path} | ${c.text}`);
      }
    }
  }
  return { expected: required, found: hits, candidates, matched: candidates - extras.length, ownerChecked, ownerAgreed, dueChecked, dueAgreed, problems, extras };
}

/** The score as one line: recall, precision, owner and due agreement. */
export function describeScore(name: string, s: VaultScore): string {
  const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  return `${name}: recall ${s.found}/${s.expected} (${pct(s.found, s.expected)}), precision ${s.matched}/${s.candidates} (${pct(s.matched, s.candidates)}), owner ${s.ownerAgreed}/${s.ownerChecked}, due ${s.dueAgreed}/${s.dueChecked}`;
}
