// Test page: the team time view. The Node side reads the demo vault's People and Team notes and
// calls `window.teamTimeTest.mount(...)` with their frontmatter; the page builds the directory
// with the real `buildDirectory` and mounts the real view with a host that records its calls.
import { buildDirectory, type DirectoryNote } from "../../../src/extract/directory";
import type { TeamSettings } from "../../../src/model/team-settings";
import type { Slot } from "../../../src/time/slots";
import type { TeamTimeHost } from "../../../src/ui/team-time-host";
import { TeamTimeView } from "../../../src/ui/team-time-view";

/** What a test reads and drives. */
export interface TeamTimePage {
  calls: { name: string; text?: string; start?: number; person?: string }[];
  nowReads: number;
  view: TeamTimeView | null;
  mount(notes: DirectoryNote[], settings: TeamSettings, viewer: string | null, now: string, zone?: string): void;
  setNow(now: string): void;
  failNextPick(message: string): void;
}

declare global {
  interface Window {
    teamTimeTest: TeamTimePage;
  }
}

const root = document.getElementById("root") as HTMLElement;
// The page stands in for Obsidian's pane, which has a fixed height.
const paneHeight = "100vh";
root.style.height = paneHeight;
let now = "2026-11-24T10:00:00Z";
let failure: string | null = null;

const host: TeamTimeHost = {
  now() {
    handle.nowReads++;
    return now;
  },
  onPickSlot(slot: Slot, text: string) {
    handle.calls.push({ name: "pick", text, start: slot.start });
    if (failure !== null) {
      const message = failure;
      failure = null;
      return Promise.reject(new Error(message));
    }
    return Promise.resolve();
  },
  onOpenPerson: (person) => void handle.calls.push({ name: "person", person: person.name }),
  onRetry: () => void handle.calls.push({ name: "retry" }),
};

const handle: TeamTimePage = {
  calls: [],
  nowReads: 0,
  view: null,
  mount(notes, settings, viewerName, at, zone) {
    handle.view?.destroy();
    if (root.childElementCount !== 0) throw new Error("destroy() left elements in the container");
    now = at;
    handle.calls = [];
    const { directory } = buildDirectory(notes, settings);
    const person = directory.people.find((p) => p.name === viewerName) ?? null;
    handle.view = new TeamTimeView(root, host);
    handle.view.setState({ directory, settings, viewer: { person, zone: zone ?? person?.timezone ?? "Europe/London" } });
  },
  setNow(at) {
    now = at;
  },
  failNextPick(message) {
    failure = message;
  },
};
window.teamTimeTest = handle;
