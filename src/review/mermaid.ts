/**
 * Mermaid blocks for notes (Obsidian renders ```mermaid fences): a flowchart of who waits on
 * whom, an xychart of created vs closed items per week, and a pie. Text only and deterministic:
 * node ids are given in order of first appearance, labels are escaped, numbers are integers.
 */

/** One arrow: `from` waits on `to` for `label`; `toThing` draws `to` as a box (a thing, not a person). */
export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly toThing?: boolean;
}

/** Characters Mermaid reads as syntax inside a quoted label. */
const LABEL_SYNTAX = /["#<>]/g;
const LABEL_ESCAPES: Readonly<Record<string, string>> = { '"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;" };

/** Longest label shown; longer ones are cut with "…". */
export const LABEL_MAX = 60;

/** A label safe inside `"…"` in any Mermaid diagram: one line, at most {@link LABEL_MAX} characters, syntax characters as entities. */
export function mermaidLabel(text: string): string {
  let one = text.replace(/\s+/g, " ").trim();
  if (one.length > LABEL_MAX) one = `${one.slice(0, LABEL_MAX - 1).trimEnd()}…`;
  return one.replace(LABEL_SYNTAX, (c) => LABEL_ESCAPES[c] ?? c);
}

/** A fenced ```mermaid block around `lines`. */
export function mermaidBlock(lines: readonly string[]): string {
  return ["```mermaid", ...lines, "```"].join("\n");
}

/**
 * A left-to-right flowchart: one node per name (`n0`, `n1` … in order of first appearance;
 * rounded for people, a box for things) and one labelled arrow per edge. An empty edge list
 * gives a single node saying so.
 */
export function flowchart(edges: readonly FlowEdge[]): string {
  const ids = new Map<string, string>();
  const lines = ["flowchart LR"];
  const node = (name: string, thing: boolean): string => {
    const id = ids.get(`${thing}|${name}`);
    if (id !== undefined) return id;
    const made = `n${ids.size}`;
    ids.set(`${thing}|${name}`, made);
    lines.push(thing ? `  ${made}["${mermaidLabel(name)}"]` : `  ${made}("${mermaidLabel(name)}")`);
    return made;
  };
  if (edges.length === 0) lines.push('  n0("Nobody is waiting on anyone")');
  for (const edge of edges) {
    const from = node(edge.from, false);
    const to = node(edge.to, edge.toThing ?? false);
    lines.push(`  ${from} -->|"${mermaidLabel(edge.label)}"| ${to}`);
  }
  return mermaidBlock(lines);
}

/** One series of an xychart: bars or a line, one integer per x label. */
export interface ChartSeries {
  readonly kind: "bar" | "line";
  readonly values: readonly number[];
}

/**
 * An xychart (`xychart-beta`) with categorical x labels, a y axis from 0 to the largest value
 * (at least 1), and bar and line series. Throws when a series' length differs from the labels'
 * (a programmer error).
 */
export function xychart(title: string, labels: readonly string[], yTitle: string, series: readonly ChartSeries[]): string {
  for (const s of series) {
    if (s.values.length !== labels.length) throw new RangeError(`xychart: a series has ${s.values.length} values for ${labels.length} labels`);
  }
  const top = Math.max(1, ...series.flatMap((s) => s.values));
  return mermaidBlock([
    "xychart-beta",
    `  title "${mermaidLabel(title)}"`,
    `  x-axis [${labels.map((l) => `"${mermaidLabel(l)}"`).join(", ")}]`,
    `  y-axis "${mermaidLabel(yTitle)}" 0 --> ${top}`,
    ...series.map((s) => `  ${s.kind} [${s.values.join(", ")}]`),
  ]);
}

/** A pie chart of the slices with a value above zero (all of them shown as one "none" slice when every value is zero). */
export function pie(title: string, slices: readonly (readonly [string, number])[]): string {
  const shown = slices.filter(([, v]) => v > 0);
  return mermaidBlock([`pie title ${mermaidLabel(title)}`, ...(shown.length > 0 ? shown : [["none", 1] as const]).map(([label, value]) => `  "${mermaidLabel(label)}" : ${value}`)]);
}
