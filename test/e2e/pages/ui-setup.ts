// Shared set-up for the views' test pages: a generated team and items (test/ui/item-set.ts),
// a host that records every callback in `window.handoffTest.calls` and, like the store, applies a
// status change and sends the new snapshot back. Query parameters choose the data:
//   n=2000       how many generated items (default 300)
//   state=empty|loading|error|items   which state to show (default items)
//   clock=live   host.now() advances with real time from the fixed start (default: fixed)
//   viewer=NAME  who is looking (default Maya Chen, Europe/London)
import type { Item } from "../../../src/model/item";
import type { ItemStatus } from "../../../src/model/status";
import type { HandoffView, ViewHost, ViewState } from "../../../src/ui/view-host";
import { generateItems, teamDirectory } from "../../ui/item-set";

/** The fixed "now" the generated items are built around: Monday 23 November 2026, 12:00 UTC. */
export const PAGE_NOW = "2026-11-23T12:00:00.000Z";

/** What a test reads and drives through `window.handoffTest`. */
export interface PageHandle {
  calls: { name: string; id: string; status?: string }[];
  /** How many times the view has read `host.now()`. */
  nowReads: number;
  state: ViewState;
  view: HandoffView;
  setItems(items: Item[]): void;
  setState(patch: Partial<ViewState>): void;
  /** Destroys the view and mounts a fresh one for `search` (a query string): tests reuse one page. */
  remount(search: string): void;
}

declare global {
  interface Window {
    handoffTest: PageHandle;
  }
}

/** Mounts `create(container, host)` into `#root` with the state the URL asks for; returns the handle. */
export function mountPage(create: (container: HTMLElement, host: ViewHost) => HandoffView, items?: (now: string) => Item[]): PageHandle {
  // The page stands in for Obsidian's view container, which has a fixed height.
  const viewportHeight = "100vh";
  document.getElementById("root")!.style.height = viewportHeight;
  return mount(location.search, create, items);
}

function mount(search: string, create: (container: HTMLElement, host: ViewHost) => HandoffView, items?: (now: string) => Item[]): PageHandle {
  const params = new URLSearchParams(search);
  const root = document.getElementById("root")!;
  const start = Date.now();
  const live = params.get("clock") === "live";
  const now = (): string => (live ? new Date(Date.parse(PAGE_NOW) + (Date.now() - start)).toISOString() : PAGE_NOW);
  const { directory } = teamDirectory();
  const viewerName = params.get("viewer") ?? "Maya Chen";
  const person = directory.people.find((p) => p.name === viewerName) ?? null;
  const count = Number(params.get("n") ?? 300);
  const mode = params.get("state") ?? "items";
  const generated = mode === "items" ? (items ? items(PAGE_NOW) : generateItems(count, PAGE_NOW)) : [];

  const calls: PageHandle["calls"] = [];
  const host: ViewHost = {
    now() {
      handle.nowReads++;
      return now();
    },
    onSetStatus(item: Item, status: ItemStatus) {
      calls.push({ name: "setStatus", id: item.id, status });
      // Like the store: write, re-index, send the new snapshot (asynchronously).
      return Promise.resolve().then(() => handle.setItems(handle.state.items.map((i) => (i.id === item.id ? { ...i, status } : i))));
    },
    onOpenItem: (item) => void calls.push({ name: "openItem", id: item.id }),
    onOpenSource: (item) => void calls.push({ name: "openSource", id: item.id }),
    onScanVault: () => void calls.push({ name: "scanVault", id: "" }),
    onRetry: () => void calls.push({ name: "retry", id: "" }),
    onOpenSettings: () => void calls.push({ name: "openSettings", id: "" }),
  };
  const view = create(root, host);
  const handle: PageHandle = {
    calls,
    nowReads: 0,
    view,
    state: {
      items: generated,
      viewer: { person, zone: person?.timezone ?? "Europe/London" },
      directory,
      loading: mode === "loading",
      error: mode === "error" ? "Handoff/Team settings.md has invalid YAML on line 4 (a tab before \"timezone\"): fix the line, then run Scan vault." : null,
    },
    setItems(next) {
      handle.setState({ items: next });
    },
    setState(patch) {
      handle.state = { ...handle.state, ...patch };
      view.setState(handle.state);
    },
    remount(next) {
      view.destroy();
      if (root.childElementCount !== 0) throw new Error("destroy() left elements in the container");
      mount(next, create, items);
    },
  };
  window.handoffTest = handle;
  view.setState(handle.state);
  return handle;
}
