import { makeCandidate, type Candidate } from "../model/candidate";
import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { MANAGED_FIELDS, normalizeValue, type FieldValue, type ManagedField, type ManagedValues } from "./item-fields";
import { canLink, formatWikilink, linkTarget, noteName } from "./wikilink";

/**
 * What extraction says an item's managed fields should be, in normal form: the values written
 * into a new item note and compared with an existing one on re-extraction.
 */

/** An item another item links to in `blocked_by`. */
export interface ItemRef {
  readonly id: string;
  /** Vault path of its item note. */
  readonly path: string;
  readonly title: string;
}

/** What {@link desiredValues} needs besides the candidate. */
export interface ValuesContext {
  /** Vault path of the source note. */
  readonly sourcePath: string;
  /** The block id the source link points at, or null. */
  readonly anchor: string | null;
  readonly settings: TeamSettings;
  readonly directory: Directory;
  /** Items this one is blocked by, in order. */
  readonly blockedBy: readonly ItemRef[];
}

/** Longest title written, in characters: longer ones are cut at a word and end with "…". */
export const MAX_TITLE_LENGTH = 200;

/** Characters an alias in a link cannot hold (they would end it). */
const UNSAFE_ALIAS = /[[\]|\r\n]+/g;

/** The managed values for a candidate (for a dependency's party task, `derived` is true). */
export function desiredValues(candidate: Candidate, derived: boolean, ctx: ValuesContext): ManagedValues {
  const task = derived ? null : candidate.task;
  const raw: Record<ManagedField, unknown> = {
    title: shortTitle(candidate.title),
    status: candidate.status,
    owner: personValue(candidate.owner, candidate.ownerPath, ctx.directory),
    due: candidate.due,
    due_text: candidate.dueText,
    recurrence: candidate.recurrence,
    priority: task?.priority ?? null,
    source: sourceLink(ctx.sourcePath, ctx.anchor),
    blocked_by: ctx.blockedBy.map(blockerLink),
    parties: derived ? [] : dedupe(candidate.parties.map((p) => personValue(p, null, ctx.directory))),
    action: candidate.action,
    waiting_for: candidate.waitingFor,
    choice: candidate.choice,
    rationale: candidate.rationale,
    window_closes: candidate.windowCloses,
    channel: channelOf(ctx.sourcePath, ctx.settings),
    completedDate: task?.done ?? null,
    tags: dedupe([`handoff/${candidate.kind}`, ...(task?.tags ?? [])]),
    quote: candidate.text,
  };
  const values = {} as Record<ManagedField, FieldValue>;
  for (const field of MANAGED_FIELDS) values[field] = normalizeValue(field, raw[field]);
  return values;
}

/**
 * The task a dependency on an action creates for the party who must act ("I'll have the mockups
 * ready Thursday and need sign-off from Dev before Friday EOD" → "Sign-off for Maya: Have the
 * mockups ready", owned by Dev, due Friday EOD). `about` is the commitment made in the same
 * sentence, if any: its title says what the action is for. Null when the dependency names no
 * action or no party. The task keeps the dependency's sentence, block and due.
 */
export function partyTask(dependency: Candidate, directory: Directory, about: Candidate | null): Candidate | null {
  if (dependency.kind !== "dependency" || dependency.action === null || dependency.parties.length === 0) return null;
  const party = dependency.parties[0];
  const resolved = directory.resolve(party);
  const action = dependency.action.trim();
  const waiter = dependency.owner ?? "the team";
  const what = dependency.waitingFor ?? (about ? forWhat(about.title, action) : null);
  return makeCandidate({
    kind: "commitment",
    line: dependency.line,
    from: dependency.from,
    to: dependency.to,
    text: dependency.text,
    title: `${action.charAt(0).toUpperCase()}${action.slice(1)} for ${waiter}${what ? `: ${what}` : ""}`,
    heading: dependency.heading,
    owner: resolved?.name ?? party,
    ownerPath: resolved?.path ?? null,
    due: dependency.due,
    dueText: dependency.dueText,
    status: dependency.status,
    blockId: dependency.blockId,
    extractedBy: dependency.extractedBy,
    action,
  });
}

/** "Have the mockups ready and need sign-off from Dev" → "Have the mockups ready": the part before the clause naming the action. */
function forWhat(title: string, action: string): string {
  const lower = title.toLowerCase();
  const at = lower.indexOf(action.toLowerCase());
  if (at < 0) return title;
  const and = lower.lastIndexOf(" and ", at);
  return (and > 0 ? title.slice(0, and) : title).trim();
}

/** `[[Maya Chen]]` when the name is a People or Team note, else the name as written (or null). */
function personValue(name: string | null, path: string | null, directory: Directory): string | null {
  if (name === null || name.trim() === "") return null;
  const notePath = path ?? directory.resolve(name)?.path ?? null;
  if (notePath === null) return name.trim();
  const target = noteName(notePath);
  return canLink(target) ? formatWikilink(target) : name.trim();
}

/** `[[<source path without .md>#^<block>]]`, or the plain path when it cannot be a link. */
export function sourceLink(sourcePath: string, anchor: string | null): string {
  const target = linkTarget(sourcePath);
  if (!canLink(target)) return sourcePath;
  return formatWikilink(target, anchor ? `^${anchor}` : null);
}

function blockerLink(ref: ItemRef): string {
  const target = linkTarget(ref.path);
  const alias = singleLine(ref.title.replace(UNSAFE_ALIAS, " "));
  return canLink(target) ? formatWikilink(target, null, alias || null) : ref.path;
}

/** The channel a source note is in: its first folder under the channels folder, or null. */
export function channelOf(sourcePath: string, settings: TeamSettings): string | null {
  const prefix = `${settings.channelsFolder}/`;
  if (!sourcePath.startsWith(prefix)) return null;
  const rest = sourcePath.slice(prefix.length);
  const slash = rest.indexOf("/");
  return slash > 0 ? rest.slice(0, slash) : null;
}

/** A title on one line, at most {@link MAX_TITLE_LENGTH} characters. */
export function shortTitle(title: string): string {
  const line = singleLine(title.slice(0, MAX_TITLE_LENGTH * 4));
  if (line.length <= MAX_TITLE_LENGTH) return line;
  const cut = line.slice(0, MAX_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\uD800-\uDBFF]$/, "")}…`;
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function dedupe(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null && v !== ""))];
}
