/**
 * A decision proposed from the palette ("new decision"): its item note, written by the store's
 * own serializer (`serializeItemNote`, `extracted_by: manual`) so it reads back like any
 * decision on the board and in the decision log. The first option is the one the owner proceeds
 * with when the window closes without an open blocker; every option, the rationale and the
 * window are in the note. Pure: no `obsidian` import, no clock (`now` is passed in).
 */
import { DateTime } from "luxon";
import { digest } from "../model/hash";
import { MANAGED_FIELDS, normalizeValue, type ManagedField, type ManagedValues } from "../store/item-fields";
import { serializeItemNote } from "../store/item-note";
import { editItemNoteText } from "../store/item-note-update";
import { itemNotePath } from "../store/item-path";
import { canLink, formatWikilink } from "../store/wikilink";

/** What the "new decision" modal collects. */
export interface DecisionDraft {
  readonly title: string;
  /** Options in order; the first is proceeded with unless a blocker is raised. At least one. */
  readonly options: readonly string[];
  readonly rationale: string;
  /** Owner's name (a People note's name, or as typed). */
  readonly owner: string;
  /** Hours until the window closes; the team's decision window by default (48). */
  readonly windowHours: number;
  /** Decision type (`design`, `product` …), or "" for none. */
  readonly decisionType: string;
}

/** Where the note goes and what it says. */
export interface DecisionNote {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  /** When the window closes, ISO 8601 with the offset of `zone`. */
  readonly windowCloses: string;
}

/** What the note depends on besides the draft. */
export interface DecisionContext {
  readonly itemsFolder: string;
  /** ISO instant: when the decision is proposed. */
  readonly now: string;
  /** The proposer's IANA zone (the window's close is written in it). */
  readonly zone: string;
  /** True when the owner's name is a People or Team note (the owner is then written as a link). */
  readonly ownerIsKnown: boolean;
  /** True when an item id is already used (ids are never reused). */
  readonly isTaken: (id: string) => boolean;
}

/** Why the draft cannot be written, as a sentence for the modal, or null. */
export function draftProblem(draft: DecisionDraft): string | null {
  if (draft.title.trim() === "") return "Give the decision a title.";
  if (draft.options.filter((o) => o.trim() !== "").length === 0) return "Give at least one option (the first is the one you proceed with).";
  if (draft.owner.trim() === "") return "Name the owner who decides.";
  if (!Number.isFinite(draft.windowHours) || draft.windowHours <= 0 || draft.windowHours > 24 * 90) return "The window must be a number of hours from 1 to 2160.";
  return null;
}

/** The decision's item note. Throws on a draft {@link draftProblem} refuses. */
export function decisionNote(draft: DecisionDraft, ctx: DecisionContext): DecisionNote {
  const problem = draftProblem(draft);
  if (problem) throw new RangeError(problem);
  const start = DateTime.fromISO(ctx.now, { zone: ctx.zone });
  if (!start.isValid) throw new RangeError(`now must be an ISO instant and zone an IANA zone, got "${ctx.now}" in "${ctx.zone}"`);
  const options = draft.options.map((o) => o.trim()).filter((o) => o !== "");
  const title = draft.title.trim().replace(/\s+/g, " ");
  const closes = start.plus({ hours: draft.windowHours }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
  const owner = draft.owner.trim();
  const raw: Partial<Record<ManagedField, unknown>> = {
    title,
    status: "open",
    owner: ctx.ownerIsKnown && canLink(owner) ? formatWikilink(owner) : owner,
    choice: options[0],
    rationale: draft.rationale,
    window_closes: closes,
    tags: ["handoff/decision"],
    quote: `${title}: proceeding with ${options[0]} unless someone raises a blocker before the window closes.`,
  };
  const values = Object.fromEntries(MANAGED_FIELDS.map((f) => [f, normalizeValue(f, raw[f] ?? null)])) as ManagedValues;
  let id = `ho-${digest(`manual\n${title}\n${ctx.now}`)}`;
  for (let n = 2; ctx.isTaken(id); n++) id = `ho-${digest(`manual\n${title}\n${ctx.now}\n${n}`)}`;
  let text = serializeItemNote({ kind: "decision", id, extractedBy: "manual", dateCreated: start.toISODate(), values, sourceMissing: false });
  const path = itemNotePath(ctx.itemsFolder, "decision", title, id);
  const type = draft.decisionType.trim().toLowerCase();
  if (type !== "") text = editItemNoteText(path, text, { decision_type: type }, start.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ"));
  const optionLines = options.map((o, i) => `- ${o}${i === 0 ? " (proceeding with this one)" : ""}`).join("\n");
  const rationale = draft.rationale.trim() === "" ? "" : `\n## Rationale\n${draft.rationale.trim()}\n`;
  text += `\n## Options\n${optionLines}\n${rationale}\n## Blockers\n`;
  return { id, path, text, windowCloses: closes };
}
