/**
 * Reaching CodeMirror from Obsidian's editor API, and the note a command acts on. Obsidian's
 * `Editor` wraps a CodeMirror 6 `EditorView` as the undocumented `cm` property; it is read here
 * once, checked, and never assumed.
 */
import { EditorView } from "@codemirror/view";
import { MarkdownView, type App, type Editor, type TFile } from "obsidian";

/** The CodeMirror view behind an Obsidian editor, or null when there is none (reading view, another editor). */
export function editorViewOf(editor: Editor): EditorView | null {
  const cm: unknown = (editor as unknown as { cm?: unknown }).cm;
  return cm instanceof EditorView ? cm : null;
}

/** The active markdown pane, or null. */
export function activeMarkdown(app: App): MarkdownView | null {
  return app.workspace.getActiveViewOfType(MarkdownView);
}

/** The note in the active pane (editor or reading view), or null. */
export function activeNote(app: App): TFile | null {
  return activeMarkdown(app)?.file ?? app.workspace.getActiveFile();
}

/** Every open editor's CodeMirror view (for refreshing highlights after the index changed). */
export function openEditorViews(app: App): EditorView[] {
  const views: EditorView[] = [];
  app.workspace.iterateAllLeaves((leaf) => {
    if (!(leaf.view instanceof MarkdownView)) return;
    const view = editorViewOf(leaf.view.editor);
    if (view) views.push(view);
  });
  return views;
}
