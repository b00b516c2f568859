// Benchmark page for bench/board.bench.ts: times a fresh board's first render of N generated
// cards (construct, setState, forced layout), an update after one item changes (the whole view,
// and the board model alone), and a floor: the same cards as plain, unvirtualised divs.
import { NO_FILTER } from "../../../src/ui/board-filter";
import { BoardSnapshot, layoutBoard } from "../../../src/ui/board-model";
import { BoardView } from "../../../src/ui/board-view";
import type { ViewHost, ViewState } from "../../../src/ui/view-host";
import { generateItems, teamDirectory } from "../../ui/item-set";
import { PAGE_NOW } from "./ui-setup";

const host: ViewHost = { now: () => PAGE_NOW, onSetStatus: () => undefined, onOpenItem: () => undefined, onOpenSource: () => undefined };
const root = document.getElementById("root")!;
const viewportHeight = "100vh";
root.style.height = viewportHeight;

const states = new Map<number, ViewState>();

/** The generated state for `count` items, built once (generation is not what is measured). */
function stateOf(count: number): ViewState {
  let state = states.get(count);
  if (!state) {
    const { directory, people } = teamDirectory();
    state = { items: generateItems(count, PAGE_NOW), viewer: { person: people[0], zone: "Europe/London" }, directory };
    states.set(count, state);
  }
  return state;
}

/** Layout is part of a render: read a size so the browser computes it inside the timed span. */
function forceLayout(el: HTMLElement): number {
  return el.getBoundingClientRect().height + (el.querySelector<HTMLElement>(".handoff-card")?.offsetHeight ?? 0);
}

declare global {
  interface Window {
    handoffBench: {
      firstRender(count: number): { ms: number; cards: number };
      update(count: number): number;
      modelUpdate(count: number): number;
      floor(count: number): number;
    };
  }
}

window.handoffBench = {
  firstRender(count) {
    const state = stateOf(count);
    const start = performance.now();
    const board = new BoardView(root, host);
    board.setState(state);
    forceLayout(root);
    const ms = performance.now() - start;
    const cards = root.querySelectorAll(".handoff-card").length;
    board.destroy();
    return { ms, cards };
  },
  update(count) {
    const state = stateOf(count);
    const board = new BoardView(root, host);
    board.setState(state);
    forceLayout(root);
    const items = state.items.map((item, i) => (i === 7 ? { ...item, status: "done" as const } : item));
    const start = performance.now();
    board.setState({ ...state, items });
    forceLayout(root);
    const ms = performance.now() - start;
    board.destroy();
    return ms;
  },
  modelUpdate(count) {
    const state = stateOf(count);
    const items = state.items.map((item, i) => (i === 7 ? { ...item, status: "done" as const } : item));
    const start = performance.now();
    layoutBoard(BoardSnapshot.of(items, state.directory, state.viewer.zone, Date.parse(PAGE_NOW)), NO_FILTER, "status");
    return performance.now() - start;
  },
  floor(count) {
    const { items } = stateOf(count);
    const start = performance.now();
    const list = document.createElement("div");
    for (const item of items) {
      const card = document.createElement("div");
      card.className = "handoff-card";
      card.textContent = item.title;
      list.appendChild(card);
    }
    root.appendChild(list);
    forceLayout(root);
    const ms = performance.now() - start;
    list.remove();
    return ms;
  },
};
