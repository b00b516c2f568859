import { diff3, settleConflict, splitLines } from "./diff3";

/** Which side of a body merge wins overlapping rewrites, and whose insertions come first. */
export interface BodyOrder {
  /** True when ours edited the body first: at one place, ours' added lines come before theirs'. */
  readonly oursFirst: boolean;
  /** The side whose lines stay when both rewrote the same lines (the later edit). */
  readonly winner: "ours" | "theirs";
}

/** A region both sides rewrote: the winner's lines stayed in the body, the loser's are here. */
export interface LostLines {
  readonly loser: string;
  readonly winner: string;
}

/** The merged body of an item note. */
export interface BodyMerge {
  readonly text: string;
  /** Rewrites that lost; the caller records them in the note's conflicts field. */
  readonly lost: readonly LostLines[];
}

const same = (line: string): string => line;

/**
 * Merges the body of an item note (the quote and the comment thread under it) line by line:
 * lines appended by both sides are both kept (a comment thread never drops a reply), a line one
 * side edited while the other added lines after it keeps both, the rest goes through
 * {@link diff3}. Where both rewrote the same lines, the winner's lines stay and the loser's are
 * returned in `lost`. `base` null (both created the note) merges against an empty body.
 */
export function mergeBody(base: string | null, ours: string, theirs: string, order: BodyOrder): BodyMerge {
  if (ours === theirs) return { text: ours, lost: [] };
  if (base !== null && ours === base) return { text: theirs, lost: [] };
  if (base !== null && theirs === base) return { text: ours, lost: [] };
  const lines: string[] = [];
  const lost: LostLines[] = [];
  for (const chunk of diff3(splitLines(base ?? ""), splitLines(ours), splitLines(theirs), same)) {
    if (chunk.kind === "theirs") {
      lines.push(...chunk.theirs);
      continue;
    }
    if (chunk.kind !== "conflict") {
      lines.push(...chunk.ours);
      continue;
    }
    const settled = settleConflict(chunk, same, order.oursFirst);
    if (settled) {
      lines.push(...settled);
      continue;
    }
    const [winner, loser] = order.winner === "ours" ? [chunk.ours, chunk.theirs] : [chunk.theirs, chunk.ours];
    lines.push(...winner);
    lost.push({ loser: loser.join("\n"), winner: winner.join("\n") });
  }
  return { text: lines.join("\n"), lost };
}
