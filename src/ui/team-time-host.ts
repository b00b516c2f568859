/**
 * The contract between the team time view and whoever mounts it (the plugin's pane, a test
 * page): the same pattern as the item views (`view-host.ts`), with the team instead of items.
 * The view never writes files and reads no clock: `now()` and every zone come from the host.
 */
import type { Directory, Person } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import type { Slot } from "../time/slots";
import type { Viewer } from "./view-host";

/** Callbacks the team time view calls; optional ones add a button when present. */
export interface TeamTimeHost {
  /** The current instant, ISO 8601. Read at each render and every minute (the now line). */
  now(): string;
  /**
   * A slot was chosen in the slot finder. `text` is a ready-to-paste line ("Tue 24 Nov
   * 12:00-12:30 GMT: Maya Chen 12:00 GMT, Daniel Lim 20:00 SGT (outside hours), …"); the host
   * copies it or inserts it into the open note. A rejected promise is shown in the status line.
   */
  onPickSlot(slot: Slot, text: string): void | Promise<void>;
  /** Open a person's People note: offered on their name when present. */
  onOpenPerson?(person: Person): void;
  /** Reload after an error: offered by the error state when present. */
  onRetry?(): void;
}

/** Everything the view renders from. Replace it wholesale when People, Team or settings notes change. */
export interface TeamTimeState {
  readonly directory: Directory;
  readonly settings: TeamSettings;
  readonly viewer: Viewer;
  /** True while the index is being built. */
  readonly loading?: boolean;
  /** A user-facing message naming what went wrong and what to do; shown instead of the team. */
  readonly error?: string | null;
}

/** What the view offers its host. */
export interface TeamTimeViewApi {
  setState(state: TeamTimeState): void;
  /** Scrolls to the slot finder and focuses it, with `people` (names) ticked when given ("Find a meeting slot"). */
  focusFinder(people?: readonly string[]): void;
  /** Stops the timer and listeners and removes the root. Idempotent; `setState` afterwards throws. */
  destroy(): void;
}
