import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import type { LinkIndex } from "../store/link-index";

/**
 * Decision owners by type (issue 7): the team settings note's `decision_owners` maps a decision
 * type (product, design, engineering …) to the person who decides it, so a decision or a
 * "Decision needed" request that names nobody goes to that person instead of waiting for
 * consensus. Routing is computed when read, never written into item notes: change
 * `decision_owners` and every unowned decision follows at once, on every device.
 *
 * The type of an item, first found wins:
 * 1. the item note's `decision_type` (set by a person or a command);
 * 2. a `#decision/<type>` tag on the item (a task line's tags);
 * 3. the source note: its frontmatter `decision_type`, else a `#decision/<type>` tag anywhere in
 *    it, else "<type> call", "<type> decision" or "<type> question" for a type the team routes
 *    ("It is a product call, so …");
 * 4. the channel: the channel note (`<channels>/<name>/<name>.md`) stating a type the same way.
 */

/** A `decision/<type>` tag among an item's tags (tags are stored without `#`); group 1 the type. */
export const DECISION_TYPE_TAG = /^decision\/([\w-]+)$/i;

/**
 * A request that asks for a decision rather than input: "Decision needed: …", "decision
 * required", "needs a decision", "need your call", "please decide".
 */
export const DECISION_REQUEST = /\bdecisions?[ \t]+(?:needed|required|wanted|requested)\b|\bneeds?[ \t]+(?:a|your|the)[ \t]+(?:decision|call)\b|\bplease[ \t]+decide\b/i;

/** Where an item's decision type was found. */
export type TypeSource = "item" | "tag" | "note" | "channel";

/** Who decides an item, and why. */
export interface DecisionRouting {
  /** The decision type, lower-case, or null when none is known. */
  readonly type: string | null;
  readonly typeFrom: TypeSource | null;
  /** Who decides: a decision's owner, a decision request's parties; else the type's owner. Empty when nobody is known. */
  readonly deciders: readonly string[];
  /** True when `deciders` came from `decision_owners` (the item named nobody). */
  readonly routed: boolean;
}

/** True for a request asking for a decision ("Decision needed: see options below."). */
export function isDecisionRequest(item: Item): boolean {
  return item.kind === "request" && DECISION_REQUEST.test(`${item.quote} ${item.title}`);
}

/** The decision type of an item and where it was found (see the module comment), or nulls. */
export function decisionTypeOf(item: Item, links: LinkIndex, settings: TeamSettings): { readonly type: string | null; readonly from: TypeSource | null } {
  if (item.decisionType) return { type: item.decisionType.toLowerCase(), from: "item" };
  for (const tag of item.tags) {
    const m = DECISION_TYPE_TAG.exec(tag);
    if (m) return { type: m[1].toLowerCase(), from: "tag" };
  }
  const note = item.sourcePath ? links.get(item.sourcePath)?.decisionType : null;
  if (note) return { type: note.toLowerCase(), from: "note" };
  if (item.channel) {
    const channel = links.get(`${settings.channelsFolder}/${item.channel}/${item.channel}.md`)?.decisionType;
    if (channel) return { type: channel.toLowerCase(), from: "channel" };
  }
  return { type: null, from: null };
}

/**
 * Who decides `item`: for a decision its owner, for a decision request its parties; when that is
 * nobody, the owner `decision_owners` gives its type (resolved to the People note's name). Null
 * for items that are neither decisions nor decision requests.
 */
export function routeDecision(item: Item, links: LinkIndex, settings: TeamSettings, directory: Directory): DecisionRouting | null {
  const request = isDecisionRequest(item);
  if (item.kind !== "decision" && !request) return null;
  const { type, from } = decisionTypeOf(item, links, settings);
  const explicit = request ? item.parties : item.owner ? [item.owner] : [];
  if (explicit.length > 0) return { type, typeFrom: from, deciders: explicit, routed: false };
  const configured = type ? settings.decisionOwners[type] : undefined;
  if (!configured) return { type, typeFrom: from, deciders: [], routed: false };
  return { type, typeFrom: from, deciders: [directory.resolve(configured)?.name ?? configured], routed: true };
}
