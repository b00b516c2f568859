import type { Blocker } from "./item";
import type { DecisionStatus, ItemStatus } from "./status";

/**
 * The decision-window state machine (DESIGN "decision window", issue 7), pure: every instant is
 * an input, nothing reads a clock or the machine's zone.
 *
 * ```
 *            tick, now ≥ close, no blocker open at close        owner: adopt
 *   open ───────────────────────────────────────────▶ adopted ◀──────────── contested
 *     │  tick, now ≥ close, a blocker open at close                              ▲
 *     └──────────────────────────────────────────────────────────────────────────┘
 *   open | contested | adopted ── withdraw ──▶ withdrawn      (terminal)
 *   open | contested | adopted ── supersede ─▶ superseded     (terminal)
 * ```
 *
 * The outcome of a window is decided **at** `windowCloses`, never at the moment a device ticks:
 * an adoption is recorded as decided at the close instant, and "open at close" is judged from
 * the blockers' own times. Two devices ticking the same content at different moments therefore
 * write the same bytes. A contested decision stays contested when its blockers are resolved
 * later: its owner adopts or withdraws it (a window that closed over an objection needs a person).
 */

/** A date alone, `YYYY-MM-DD` (group 1 year, 2 month, 3 day): a note's date on a blocker. */
export const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO 8601 instant with an explicit zone (`Z` or `±HH:MM`): the only form a window may close at. */
export const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const HOUR_MS = 3_600_000;
/** The earliest zone on Earth is UTC+14 and the latest UTC−12: a calendar date spans these. */
const EARLIEST_OFFSET_MS = 14 * HOUR_MS;
const LATEST_OFFSET_MS = 12 * HOUR_MS;

/**
 * The earliest instant (epoch ms) `value` can mean: an instant is itself; a date alone is the
 * first moment that date exists anywhere (00:00 at UTC+14). Null when unreadable. Used for when a
 * blocker was raised: a blocker whose note is dated on the closing day counts as raised before
 * the close, because it may have been (the conservative reading: don't adopt over an objection).
 */
export function earliestInstant(value: string): number | null {
  if (ZONED_INSTANT.test(value)) return finite(Date.parse(value));
  const day = dayStartUtc(value);
  return day === null ? null : day - EARLIEST_OFFSET_MS;
}

/**
 * The latest instant (epoch ms) `value` can mean: an instant is itself; a date alone is the last
 * moment that date exists anywhere (24:00 at UTC−12, minus 1 ms). Null when unreadable. Used for
 * when a blocker was resolved: resolved "on the closing day" may have been after the close.
 */
export function latestInstant(value: string): number | null {
  if (ZONED_INSTANT.test(value)) return finite(Date.parse(value));
  const day = dayStartUtc(value);
  return day === null ? null : day + 24 * HOUR_MS + LATEST_OFFSET_MS - 1;
}

function dayStartUtc(value: string): number | null {
  const m = DATE_ONLY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : null;
}

function finite(ms: number): number | null {
  return Number.isFinite(ms) ? ms : null;
}

/**
 * True when `blocker` was open at the instant `closeMs`: raised at or before it (or at an unknown
 * time) and not resolved before it. A blocker still open now was open at the close if it had been
 * raised by then; a resolved blocker was open at the close only when its resolution time is known
 * and falls after the close. A resolution without a time counts as before the close: the record
 * cannot say otherwise, and a tick that saw the blocker open at the close has already contested
 * the decision (contested is sticky).
 */
export function blockerOpenAt(blocker: Blocker, closeMs: number): boolean {
  const raised = blocker.raisedAt ? earliestInstant(blocker.raisedAt) : null;
  if (raised !== null && raised > closeMs) return false;
  if (blocker.open) return true;
  const resolved = blocker.resolvedAt ? latestInstant(blocker.resolvedAt) : null;
  return resolved !== null && resolved > closeMs;
}

/** What the window state machine needs of a decision (an `Item` is one). */
export interface WindowDecision {
  readonly status: ItemStatus;
  readonly windowCloses: string | null;
  readonly blockers: readonly Blocker[];
}

/** What a tick does with one decision. */
export type WindowStep =
  /** Nothing: not an open decision, no window, or a window that is not a zoned instant (`reason`). */
  | { readonly kind: "none"; readonly reason: "not-open" | "no-window" | "bad-window" }
  /** Still inside its window. */
  | { readonly kind: "wait"; readonly closesMs: number }
  /** Adopt, decided at `at` (the window's close, as written). */
  | { readonly kind: "adopt"; readonly at: string }
  /** Contest: these blockers were open at `at` (the window's close, as written). */
  | { readonly kind: "contest"; readonly at: string; readonly blockers: readonly Blocker[] };

/**
 * The tick's step for one decision at `nowMs` (epoch ms). Only an `open` decision with a window
 * moves: before its close it waits; at or after it, it is adopted when no blocker was open at the
 * close, else contested. The step never depends on how late after the close `nowMs` is. Throws on
 * a `nowMs` that is not a finite number (a programmer error).
 */
export function windowStep(decision: WindowDecision, nowMs: number): WindowStep {
  if (!Number.isFinite(nowMs)) throw new RangeError(`windowStep: now must be epoch milliseconds, got ${nowMs}`);
  if (decision.status !== "open") return { kind: "none", reason: "not-open" };
  if (decision.windowCloses === null) return { kind: "none", reason: "no-window" };
  const at = decision.windowCloses;
  const closesMs = ZONED_INSTANT.test(at) ? finite(Date.parse(at)) : null;
  if (closesMs === null) return { kind: "none", reason: "bad-window" };
  if (nowMs < closesMs) return { kind: "wait", closesMs };
  const open = decision.blockers.filter((b) => blockerOpenAt(b, closesMs));
  return open.length === 0 ? { kind: "adopt", at } : { kind: "contest", at, blockers: open };
}

/** A person's action on a decision (palette commands, the decision log). */
export type DecisionAction = "adopt" | "withdraw" | "supersede";

/** The status each action leads to. */
const ACTION_STATUS: Readonly<Record<DecisionAction, DecisionStatus>> = { adopt: "adopted", withdraw: "withdrawn", supersede: "superseded" };

/** Statuses each action may start from. */
const ACTION_FROM: Readonly<Record<DecisionAction, readonly ItemStatus[]>> = {
  adopt: ["open", "contested"],
  withdraw: ["open", "contested", "adopted"],
  supersede: ["open", "contested", "adopted"],
};

/** The result of a person's action: the new status, or why it cannot be done (shown to the person). */
export type ActionResult = { readonly ok: true; readonly status: DecisionStatus } | { readonly ok: false; readonly reason: string };

/**
 * Where `action` takes a decision in `status`: adopt an open or contested decision; withdraw or
 * supersede anything not already withdrawn or superseded. A move that is not allowed is a value
 * saying why ("… is already withdrawn"), for the command to show.
 */
export function applyDecisionAction(status: ItemStatus, action: DecisionAction): ActionResult {
  if (ACTION_FROM[action].includes(status)) return { ok: true, status: ACTION_STATUS[action] };
  const target = ACTION_STATUS[action];
  if (status === target) return { ok: false, reason: `This decision is already ${status}.` };
  return { ok: false, reason: `${/^[aeiou]/.test(status) ? "An" : "A"} ${status} decision cannot be ${target}.` };
}
