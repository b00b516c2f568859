import { isMap, isNode, isScalar, Pair, parseDocument, type Document, type YAMLMap } from "yaml";
import { splitFrontmatter, type SplitNote } from "../store/frontmatter";
import { ITEM_YAML_OPTIONS, quoteAmbiguousScalars, stringifyItemYaml } from "../store/item-yaml";
import { sameValue } from "./field-value";
import { mergeBody } from "./merge-body";
import { EditClock, mergeFields, type FieldMerge } from "./merge-fields";

/** Who made each side of a merge and when: the side's commit time (ISO) and author name. */
export interface ItemMergeMeta {
  readonly oursTime: string;
  readonly theirsTime: string;
  readonly oursAuthor: string;
  readonly theirsAuthor: string;
}

/** A merged item note. `conflicts` lists the notes this merge recorded; `clean` when there are none. */
export interface ItemMerged {
  readonly text: string;
  readonly conflicts: readonly string[];
  readonly clean: boolean;
}

/** An item note that must not be merged automatically, and why (e.g. its YAML does not parse). */
export interface ItemUnmergeable {
  readonly unmergeable: string;
}

export type ItemMergeResult = ItemMerged | ItemUnmergeable;

/** The pseudo-field whose edit time orders body edits (`handoff_edited` may carry `body=…`). */
const BODY_FIELD = "body";

/** How frontmatter is parsed here: as src/store/frontmatter.ts does. */
const YAML_INPUT = { uniqueKeys: true, prettyErrors: false, strict: false } as const;

/**
 * Three-way merge of an item note (pure; used by sync for a conflicted item file and by
 * `handoff merge-driver`). Frontmatter merges field by field ({@link mergeFields}: lists as
 * sets, mappings key by key, a scalar both sides changed goes to the later edit and the loser
 * is recorded in the `conflicts` field); the body merges line by line ({@link mergeBody}: lines
 * both sides appended are both kept).
 *
 * When one side is unchanged the other is returned byte for byte; otherwise the frontmatter is
 * written from ours' YAML document (its comments and key order kept; a key new to ours goes to
 * its place in the item format) with the store's YAML options, so a merged note reads as the
 * store writes one. Deterministic, and symmetric up to that formatting: the
 * same base and sides with ours and theirs swapped give the same values and conflict notes.
 *
 * Unmergeable (never auto-merged, the caller keeps both versions): ours or theirs without
 * frontmatter or with frontmatter that does not parse. A base that does not parse is treated
 * as absent (both sides' differences become conflicts). `base` null means both sides created
 * the note.
 */
export function mergeItemNote(base: string | null, ours: string, theirs: string, meta: ItemMergeMeta): ItemMergeResult {
  if (ours === theirs) return { text: ours, conflicts: [], clean: true };
  if (base !== null && ours === base) return { text: theirs, conflicts: [], clean: true };
  if (base !== null && theirs === base) return { text: ours, conflicts: [], clean: true };
  const o = splitFrontmatter(ours);
  const t = splitFrontmatter(theirs);
  const problem = unusable("ours", o) ?? unusable("theirs", t);
  if (problem) return { unmergeable: problem };
  const parsedBase = base === null ? null : splitFrontmatter(base);
  const b = parsedBase && parsedBase.hasFrontmatter && parsedBase.error === null ? parsedBase : null;

  const clock = new EditClock(b?.data ?? null, o.data, t.data, { time: meta.oursTime, author: meta.oursAuthor }, { time: meta.theirsTime, author: meta.theirsAuthor });
  const bodyWinner = clock.winner(BODY_FIELD, o.body, t.body);
  const body = mergeBody(b ? b.body : null, o.body, t.body, { winner: bodyWinner, oursFirst: bodyWinner === "theirs" });
  const bodyNotes = body.lost.map((l) => clock.lostNote(BODY_FIELD, BODY_FIELD, bodyWinner, l.winner, l.loser));

  let yaml = unchangedSide(b?.yaml ?? null, o.yaml, t.yaml);
  let conflicts: readonly string[] = [];
  if (yaml === null || bodyNotes.length > 0) {
    const fields = mergeFields(b?.data ?? null, o.data, t.data, clock, bodyNotes);
    yaml = writeYaml(o.yaml, t.yaml, fields, o.data, t.data);
    conflicts = fields.conflicts;
  }
  return { text: `---\n${yaml}${yaml.endsWith("\n") || yaml === "" ? "" : "\n"}---\n${body.text}`, conflicts, clean: conflicts.length === 0 };
}

function unusable(side: string, note: SplitNote): string | null {
  if (!note.hasFrontmatter) return `${side} has no frontmatter`;
  if (note.error !== null) return `${side}: ${note.error}`;
  return null;
}

/** The YAML text when one side left it unchanged or both wrote the same; null when both changed it. */
function unchangedSide(base: string | null, ours: string, theirs: string): string | null {
  if (ours === theirs) return ours;
  if (base !== null && ours === base) return theirs;
  if (base !== null && theirs === base) return ours;
  return null;
}

/**
 * Writes merged frontmatter on ours' YAML document: a value ours already has keeps its node; a
 * value theirs has is copied from theirs' node; a merged value is a new node.
 */
function writeYaml(oursYaml: string, theirsYaml: string, merged: FieldMerge, ours: Readonly<Record<string, unknown>>, theirs: Readonly<Record<string, unknown>>): string {
  const doc = parseDocument(oursYaml, YAML_INPUT);
  const theirsDoc = parseDocument(theirsYaml, YAML_INPUT);
  const map = doc.contents;
  if (!isMap(map)) {
    return stringifyItemYaml(Object.fromEntries(merged.order.map((k) => [k, merged.data[k]])));
  }
  const oursPairs = pairsByKey(doc);
  const theirsPairs = pairsByKey(theirsDoc);
  (map as YAMLMap<unknown, unknown>).items = merged.order.map((key) => {
    const value = merged.data[key];
    const mine = oursPairs.get(key);
    if (mine && key in ours && sameValue(value, ours[key])) return mine;
    const other = theirsPairs.get(key);
    let node: unknown;
    if (other && key in theirs && sameValue(value, theirs[key]) && isNode(other.value)) {
      node = other.value.clone();
    } else {
      node = doc.createNode(value);
    }
    if (mine) {
      mine.value = node;
      return mine;
    }
    return new Pair(doc.createNode(key), node);
  });
  quoteAmbiguousScalars(doc);
  return doc.toString(ITEM_YAML_OPTIONS);
}

function pairsByKey(doc: Document): Map<string, Pair<unknown, unknown>> {
  const out = new Map<string, Pair<unknown, unknown>>();
  if (!isMap(doc.contents)) return out;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    out.set(key, pair);
  }
  return out;
}
