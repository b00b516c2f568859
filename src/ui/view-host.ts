/**
 * The contract between Handoff's views (board, decision log, "waiting on me") and whoever mounts
 * them: the plugin shell inside an Obsidian `ItemView` or Bases view, or a test page.
 *
 * Views hold no state beyond what they are given plus UI state (filters, grouping, scroll,
 * focus), and never write files: every change leaves through a host callback, the store writes
 * it, and the host calls `setState` again with the new snapshot.
 */
import type { Item } from "../model/item";
import type { Directory, Person } from "../model/person";
import type { ItemStatus } from "../model/status";
import { isKnownZone } from "../time/display";

/** Who is looking: their People note (null until "who am I" is set) and the zone to show times in. */
export interface Viewer {
  readonly person: Person | null;
  /** IANA zone for "your time": the person's `timezone`, else the device setting; never guessed here. */
  readonly zone: string;
}

/** Callbacks a view calls. Required ones are the view's reason to exist; optional ones add a button when present. */
export interface ViewHost {
  /** The current instant, ISO 8601. Read at each render and each countdown tick (views have no clock of their own). */
  now(): string;
  /**
   * Change an item's status (the store writes the item note). A rejected promise is shown to
   * the user in the view's status line; the view does not change the card until `setState`.
   */
  onSetStatus(item: Item, status: ItemStatus): void | Promise<void>;
  /** Open the item note. */
  onOpenItem(item: Item): void;
  /** Open the source note at the item's sentence (block id, else line). */
  onOpenSource(item: Item): void;
  /** Run a vault scan: offered by the empty state when present. */
  onScanVault?(): void;
  /** Reload after an error: offered by the error state when present. */
  onRetry?(): void;
  /** Open Handoff's settings: offered when the viewer has not said who they are. */
  onOpenSettings?(): void;
}

/** Everything a view renders from. Replace it wholesale on every change (items are immutable snapshots). */
export interface ViewState {
  readonly items: readonly Item[];
  readonly viewer: Viewer;
  readonly directory: Directory;
  /** True while the index is being built: the view shows a loading state instead of "no items". */
  readonly loading?: boolean;
  /** A user-facing message naming what went wrong and what to do; the view shows it instead of items. */
  readonly error?: string | null;
}

/** What every view class offers its host. */
export interface HandoffView {
  /** Render from a new snapshot; keeps UI state (filters, grouping, scroll, focus) where it still applies. */
  setState(state: ViewState): void;
  /** Stop timers and listeners and remove the view's root from the container. Idempotent; `setState` afterwards throws. */
  destroy(): void;
}

/**
 * The user-facing problem with a state that keeps every view from rendering, or null: an
 * unknown viewer zone (a typo in settings) would otherwise make every time label throw.
 */
export function stateProblem(state: ViewState): string | null {
  if (state.error) return state.error;
  if (!isKnownZone(state.viewer.zone)) {
    return `Your time zone "${state.viewer.zone}" is not a known IANA zone name (for example "Europe/London"): fix "timezone" in your People note or the device time zone in Handoff's settings.`;
  }
  return null;
}

/** Throws when a destroyed view is used: a programmer error in the host. */
export function assertAlive(destroyed: boolean, view: string): void {
  if (destroyed) throw new Error(`${view} was destroyed: create a new view instead of reusing it`);
}

/**
 * Calls `host.onSetStatus`, reporting a thrown error or a rejected promise through `report` as
 * a user-facing sentence naming the item. The view changes nothing itself: the new snapshot does.
 */
export function requestStatus(host: ViewHost, item: Item, status: ItemStatus, report: (message: string) => void): void {
  const fail = (error: unknown): void => report(`Could not change "${item.title}": ${error instanceof Error ? error.message : String(error)}`);
  try {
    const done = host.onSetStatus(item, status);
    if (done) done.catch(fail);
  } catch (error) {
    fail(error);
  }
}
