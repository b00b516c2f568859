// A real CodeMirror EditorView with Handoff's editor extension and the REAL extractor, for the
// Chromium suites (test/e2e/editor-*.test.ts) and bench/editor.bench.ts. Tests drive it
// through `window.handoffEditorTest`.
import { EditorSelection } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { handoffEditor, highlightedSpans, highlightStats, itemAtCursor, refreshHighlights, toggleHighlighting, type HandoffEditorHost } from "../../../src/editor/handoff-editor";
import { buildDirectory } from "../../../src/extract/directory";
import type { ExtractContext } from "../../../src/extract/extract";
import type { Candidate } from "../../../src/model/candidate";
import type { Item } from "../../../src/model/item";
import { DEFAULT_TEAM_SETTINGS } from "../../../src/model/team-settings";
import { makeItem } from "../../ui/fixtures";

/** How a test sets the page up. */
export interface MountOptions {
  readonly doc: string;
  /** Vault path of the note (its date comes from the name). */
  readonly path?: string;
  /** Candidates whose text contains one of these are tracked (the host returns an item). */
  readonly tracked?: readonly string[];
  readonly viewerZone?: string;
  readonly now?: string;
  /**
   * Makes the host misbehave: throw from `context` or `lookup`, hand the extractor a broken
   * context, or throw from `lookup` only for a candidate whose text contains "EXPLODE" (so the
   * failure comes mid-session, while typing).
   */
  readonly fault?: "context" | "lookup" | "bad-context" | "explode-word" | null;
  /** Editor height in pixels (default 560). */
  readonly height?: number;
}

const PEOPLE = [
  { path: "People/Maya Chen.md", data: { timezone: "Europe/London", aliases: ["Maya"], teams: ["Product"] } },
  { path: "People/Wei Ling Tan.md", data: { timezone: "Asia/Singapore", aliases: ["Wei Ling"], teams: ["Dev"] } },
  { path: "People/Daniel Lim.md", data: { timezone: "Asia/Singapore", aliases: ["Daniel"], teams: ["Dev"] } },
  { path: "People/Liam Tremblay.md", data: { timezone: "America/Toronto", aliases: ["Liam"], teams: ["Dev"] } },
  { path: "Teams/Dev.md", data: { members: ["Wei Ling Tan", "Daniel Lim", "Liam Tremblay"] } },
];

const directory = buildDirectory(PEOPLE, DEFAULT_TEAM_SETTINGS).directory;

/** The item the host pretends a tracked candidate became: the fields the tooltip shows. */
function itemFor(c: Candidate, path: string, n: number): Item {
  return makeItem({
    id: `ho-test${n}`,
    kind: c.kind === "fyi" ? "commitment" : c.kind,
    title: c.title,
    status: c.kind === "decision" ? "open" : "in-progress",
    owner: c.owner,
    due: c.due,
    dueText: c.dueText,
    windowCloses: c.windowCloses,
    parties: c.parties,
    sourcePath: path,
    quote: c.text,
  });
}

const api = {
  view: null as EditorView | null,
  opened: [] as string[],
  lookups: 0,
  /** Starts tracking candidates whose text contains `text` (as a scan would), and tells the editor. */
  track: (_text: string): void => {
    throw new Error("editor page: call mount() first");
  },

  mount(options: MountOptions): void {
    api.view?.destroy();
    api.opened = [];
    const path = options.path ?? "Channels/billing-v2/2026-11-23 Maya Chen.md";
    const ctx: ExtractContext = { path, directory, settings: DEFAULT_TEAM_SETTINGS };
    const tracked = [...(options.tracked ?? [])];
    api.track = (text: string) => {
      tracked.push(text);
      refreshHighlights(api.current());
    };
    const host: HandoffEditorHost = {
      context() {
        if (options.fault === "context") throw new Error("host context exploded");
        if (options.fault === "bad-context") return { path, directory: null, settings: null } as unknown as ExtractContext;
        return ctx;
      },
      lookup(candidate) {
        api.lookups++;
        if (options.fault === "lookup" || (options.fault === "explode-word" && candidate.text.includes("EXPLODE"))) throw new Error("host lookup exploded");
        const i = tracked.findIndex((t) => candidate.text.includes(t));
        return i === -1 ? null : itemFor(candidate, path, i);
      },
      now: () => options.now ?? "2026-11-24T12:00:00Z",
      viewerZone: () => options.viewerZone ?? "America/Toronto",
      onOpenItem: (item) => api.opened.push(item.id),
    };
    const root = document.getElementById("root");
    if (!root) throw new Error("editor page: #root missing");
    root.style.height = `${options.height ?? 560}px`;
    api.view = new EditorView({
      doc: options.doc,
      parent: root,
      extensions: [EditorView.lineWrapping, EditorView.theme({ "&": { height: "100%" }, ".cm-scroller": { overflow: "auto" } }), handoffEditor(host)],
    });
  },

  current(): EditorView {
    if (!api.view) throw new Error("editor page: call mount() first");
    return api.view;
  },

  spans: () => highlightedSpans(api.current()),
  stats: () => highlightStats(api.current()),
  toggle: () => toggleHighlighting(api.current()),
  text: () => api.current().state.doc.toString(),

  /** The span under the cursor as plain data (kind, text, owner, tracked item id). */
  atCursor(): { kind: string; text: string; owner: string | null; itemId: string | null } | null {
    const found = itemAtCursor(api.current());
    return found ? { kind: found.candidate.kind, text: found.candidate.text, owner: found.candidate.owner, itemId: found.item?.id ?? null } : null;
  },

  /** Puts the cursor at `pos` (or the end of line `line`) and focuses the editor. */
  setCursor(pos: number): void {
    const view = api.current();
    view.dispatch({ selection: EditorSelection.cursor(pos), scrollIntoView: true });
    view.focus();
  },

  lineEnd: (line: number): number => api.current().state.doc.line(line).to,
  lineFrom: (line: number): number => api.current().state.doc.line(line).from,
  lineOf: (pos: number): number => api.current().state.doc.lineAt(pos).number,

  /** The lines currently in the viewport (first and last). */
  viewport(): { first: number; last: number } {
    const view = api.current();
    return { first: view.state.doc.lineAt(view.viewport.from).number, last: view.state.doc.lineAt(view.viewport.to).number };
  },

  scrollToLine(line: number): void {
    const view = api.current();
    view.dispatch({ effects: EditorView.scrollIntoView(view.state.doc.line(line).from, { y: "start" }) });
  },
};

declare global {
  interface Window {
    handoffEditorTest: typeof api;
  }
}

window.handoffEditorTest = api;
