import type { Item } from "../model/item";
import type { DependencyGraph } from "./dependency-graph";
import { flowchart, type FlowEdge } from "./mermaid";

/**
 * The Mermaid graph of the chain behind one item, for a note (the plugin's "Insert dependency
 * chain graph" puts it at the cursor): an arrow from each waiter to whom or what they wait on,
 * labelled with what is awaited, down the whole chain. Each arrow appears once; an item that
 * waits on nothing gives the single "Nobody is waiting on anyone" node.
 */
export function chainFlowchart(graph: DependencyGraph, item: Item): string {
  const edges: FlowEdge[] = [];
  const seen = new Set<string>();
  for (const step of graph.chain(item)) {
    const { wait } = step;
    const edge: FlowEdge = { from: wait.waiter ?? "someone", to: wait.on ?? wait.what, label: wait.on === null ? "waits for" : wait.what, toThing: wait.on === null };
    const id = `${edge.from}\u0000${edge.to}\u0000${edge.label}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push(edge);
  }
  return flowchart(edges);
}
