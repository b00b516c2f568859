/**
 * The panel a view shows instead of its content while loading, after an error, or when there is
 * nothing to show. Each panel says what is happening and what the user can do about it, with a
 * button when the host offers the action.
 */
import { el } from "./element";
import { stateProblem, type ViewHost, type ViewState } from "./view-host";

/** A button on a panel. */
export interface PanelAction {
  readonly label: string;
  readonly run: () => void;
}

/** What a panel says. */
export interface PanelContent {
  readonly kind: "loading" | "error" | "empty";
  readonly title: string;
  /** One or more sentences: what to do next. */
  readonly detail: string;
  readonly actions?: readonly PanelAction[];
}

/** Builds the panel. Errors are announced to screen readers as alerts, the rest as status. */
export function renderStatePanel(doc: Document, content: PanelContent): HTMLElement {
  const buttons = (content.actions ?? []).map((action) => {
    const button = el(doc, "button", { cls: "handoff-state-action", text: action.label, attrs: { type: "button" } });
    button.addEventListener("click", () => action.run());
    return button;
  });
  return el(doc, "div", {
    cls: `handoff-state handoff-state-${content.kind}`,
    attrs: { role: content.kind === "error" ? "alert" : "status", "aria-busy": content.kind === "loading" ? "true" : null },
  }, [
    content.kind === "loading" ? el(doc, "div", { cls: "handoff-state-spinner", attrs: { "aria-hidden": "true" } }) : null,
    el(doc, "div", { cls: "handoff-state-title", text: content.title }),
    el(doc, "p", { cls: "handoff-state-detail", text: content.detail }),
    buttons.length > 0 ? el(doc, "div", { cls: "handoff-state-actions" }, buttons) : null,
  ]);
}

/** Loading: shared by every view. */
export const LOADING_PANEL: PanelContent = Object.freeze({
  kind: "loading",
  title: "Reading the vault…",
  detail: "Handoff is indexing your notes. Items appear here as soon as the index is ready.",
});

/** The error panel for a host-supplied message, with "Try again" when the host can retry. */
export function errorPanel(message: string, retry: (() => void) | undefined): PanelContent {
  return {
    kind: "error",
    title: "Handoff could not show this view",
    detail: message,
    actions: retry ? [{ label: "Try again", run: retry }] : [],
  };
}

/** The panel that replaces a view's content for `state` (an error, or loading), or null when items should render. */
export function statePanel(state: ViewState, host: ViewHost): PanelContent | null {
  const problem = stateProblem(state);
  if (problem !== null) return errorPanel(problem, host.onRetry?.bind(host));
  return state.loading ? LOADING_PANEL : null;
}

/** An empty-state panel, with a button when the host offers the action (`run` defined). */
export function emptyPanel(title: string, detail: string, action?: { readonly label: string; readonly run: (() => void) | undefined }): PanelContent {
  return { kind: "empty", title, detail, actions: action?.run ? [{ label: action.label, run: action.run }] : [] };
}
