import type { Text } from "@codemirror/state";
import { Decoration, WidgetType } from "@codemirror/view";
import type { Candidate } from "../model/candidate";
import type { Item } from "../model/item";
import { KIND_PRECEDENCE } from "../model/kind";
import { isClosedStatus } from "../model/status";

/**
 * What a highlighted span looks like: one CSS class per kind, with decision windows apart from
 * plain decisions (`handoff-hl-window`), as the colours in `styles/editor.css` distinguish them.
 */
export type HighlightKind = "commitment" | "decision" | "window" | "request" | "fyi" | "dependency";

/** Whether a span's item exists: `tracked` (solid underline, filled dot), `new` (dashed, hollow dot), `fyi` (never an item). */
export type TrackState = "tracked" | "new" | "fyi";

/** The candidates of one span (a sentence may carry several acts), highest precedence first. */
export interface SpanGroup {
  readonly candidates: readonly Candidate[];
  /** The tracked item of each candidate, same order; null where untracked (always for fyi). */
  readonly items: readonly (Item | null)[];
  readonly kind: HighlightKind;
  readonly state: TrackState;
  /**
   * Where the span started when it was extracted (absolute): the candidates' `from`, `to` and
   * `line` are as of then. {@link placeGroup} moves them to where the span is now.
   */
  readonly origin: number;
}

/** One span of a unit: offsets relative to the unit's start, and its decorations. */
export interface UnitMark {
  readonly from: number;
  readonly to: number;
  readonly group: SpanGroup;
  readonly mark: Decoration;
  /** The small tracked/new marker after the span, or null for fyi. */
  readonly marker: Decoration | null;
}

/** The class of a candidate's span: its kind, or `window` for a decision with a window. */
export function highlightKind(candidate: Candidate): HighlightKind {
  return candidate.kind === "decision" && candidate.windowCloses !== null ? "window" : candidate.kind;
}

/** Words for each highlight kind, used in the tooltip and for screen readers. */
export const KIND_LABEL: Readonly<Record<HighlightKind, string>> = {
  commitment: "Commitment",
  decision: "Decision",
  window: "Decision window",
  request: "Request",
  fyi: "FYI",
  dependency: "Dependency",
};

/**
 * The marks of one unit: candidates grouped by identical span, coloured by the highest
 * precedence kind ({@link KIND_PRECEDENCE}), tracked when any candidate has an item. Spans are
 * clipped to `[unitFrom, unitTo]`; spans wholly outside are dropped. Non-integer offsets are a
 * broken extractor and throw.
 */
export function unitMarks(candidates: readonly Candidate[], unitFrom: number, unitTo: number, lookup: (c: Candidate) => Item | null): UnitMark[] {
  const bySpan = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!Number.isInteger(c.from) || !Number.isInteger(c.to) || c.to < c.from) {
      throw new TypeError(`Extractor returned a candidate with a bad span ${String(c.from)}..${String(c.to)} ("${String(c.text)}")`);
    }
    const from = Math.max(c.from, unitFrom);
    const to = Math.min(c.to, unitTo);
    if (to <= from) continue;
    const key = `${from}:${to}`;
    const list = bySpan.get(key);
    if (list) list.push(c);
    else bySpan.set(key, [c]);
  }
  const marks: UnitMark[] = [];
  for (const [key, list] of bySpan) {
    const [from, to] = key.split(":").map(Number);
    list.sort((a, b) => KIND_PRECEDENCE.indexOf(a.kind) - KIND_PRECEDENCE.indexOf(b.kind));
    const items = list.map((c) => (c.kind === "fyi" ? null : checkedItem(lookup(c))));
    const kind = highlightKind(list[0]);
    const state: TrackState = list.every((c) => c.kind === "fyi") ? "fyi" : items.some((i) => i !== null) ? "tracked" : "new";
    const closed = items.length > 0 && items.every((i) => i !== null && isClosedStatus(i.status));
    const group: SpanGroup = { candidates: list, items, kind, state, origin: from };
    marks.push({ from: from - unitFrom, to: to - unitFrom, group, mark: spanMark(group, closed), marker: state === "fyi" ? null : markerDecoration(kind, state) });
  }
  return marks.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** The item a host returned, checked enough that the tooltip can read it; malformed data throws. */
function checkedItem(item: Item | null | undefined): Item | null {
  if (item === null || item === undefined) return null;
  if (typeof item !== "object" || typeof item.id !== "string" || typeof item.path !== "string" || typeof item.status !== "string") {
    throw new TypeError(`Host lookup returned a malformed item (need id, path and status strings): ${JSON.stringify(item)}`);
  }
  return item;
}

function spanMark(group: SpanGroup, closed: boolean): Decoration {
  const classes = `handoff-hl handoff-hl-${group.kind} handoff-hl-${group.state}${closed ? " handoff-hl-closed" : ""}`;
  return Decoration.mark({
    class: classes,
    attributes: { "data-handoff-kind": group.kind, "data-handoff-state": group.state },
    handoff: group,
  });
}

/** The dot after a span: filled when tracked, hollow when new (shape and colour from CSS). */
class MarkerWidget extends WidgetType {
  constructor(
    readonly kind: HighlightKind,
    readonly state: TrackState,
  ) {
    super();
  }

  override eq(other: MarkerWidget): boolean {
    return other.kind === this.kind && other.state === this.state;
  }

  toDOM(): HTMLElement {
    const dot = document.createElement("span");
    dot.className = `handoff-hl-marker handoff-hl-marker-${this.state} handoff-hl-marker-${this.kind}`;
    dot.setAttribute("aria-hidden", "true");
    return dot;
  }

  override ignoreEvent(): boolean {
    return false;
  }
}

const markerCache = new Map<string, Decoration>();

function markerDecoration(kind: HighlightKind, state: TrackState): Decoration {
  const key = `${kind}/${state}`;
  let deco = markerCache.get(key);
  if (!deco) {
    deco = Decoration.widget({ widget: new MarkerWidget(kind, state), side: 1 });
    markerCache.set(key, deco);
  }
  return deco;
}

/**
 * The group's candidates moved to where the span is now (`from` in `doc`): cached units are
 * reused wherever typing above has pushed them, so stored offsets and lines are refreshed here.
 */
export function placeGroup(group: SpanGroup, from: number, doc: Text): readonly Candidate[] {
  const delta = from - group.origin;
  return group.candidates.map((c) => {
    const start = Math.max(0, Math.min(doc.length, c.from + delta));
    return { ...c, from: start, to: Math.max(start, Math.min(doc.length, c.to + delta)), line: doc.lineAt(start).number };
  });
}

/** The span group a decoration carries, or null for decorations that are not Handoff marks. */
export function groupOf(deco: Decoration): SpanGroup | null {
  const spec = deco.spec as { handoff?: SpanGroup };
  return spec.handoff ?? null;
}
