import type { ExtractedBy, TaskPriority } from "./candidate";
import type { ItemKind } from "./kind";
import type { ItemStatus } from "./status";

/** A blocker on a decision: a line "Blocker: …", "Objection: …" or "Concern: …" (DESIGN, issue 7). */
export interface Blocker {
  /** Vault path of the note the blocker line is in. */
  readonly path: string;
  /** 1-based line. */
  readonly line: number;
  readonly text: string;
  /** Who raised it (the note's author, or the `Name:` prefix), or null. */
  readonly author: string | null;
  /** When it was raised: the note's date or the line's timestamp, ISO 8601; null when unknown. */
  readonly raisedAt: string | null;
  /** False once checked off (`- [x] Blocker: …`) or marked resolved. */
  readonly open: boolean;
  /**
   * When it was resolved, when the line says (Tasks `✅ YYYY-MM-DD`, or a stamp on the "resolved"
   * line); null when open or when the resolution has no time. Optional: absent reads as null.
   */
  readonly resolvedAt?: string | null;
}

/**
 * One tracked item as read back from its item note (the record). Views and commands work on
 * these; they never hold state that is not in the file (DESIGN principle 1).
 *
 * Names mirror the frontmatter (snake_case in the file, camelCase here): see
 * `docs/item-format.md` for the file format.
 */
export interface Item {
  readonly id: string;
  readonly kind: Exclude<ItemKind, "fyi">;
  /** Vault path of the item note (`Handoff/Commitments/Send the brief (ho-k3j9x2).md`). */
  readonly path: string;
  readonly title: string;
  readonly status: ItemStatus;
  /** Owner display name (wikilink brackets removed), or null. */
  readonly owner: string | null;
  readonly due: string | null;
  readonly dueText: string | null;
  readonly recurrence: string | null;
  readonly priority: TaskPriority | null;
  /** Vault path of the source note, or null for items created by hand. */
  readonly sourcePath: string | null;
  /** Block id in the source note the item anchors to, or null. */
  readonly sourceBlock: string | null;
  /** 1-based line of the source sentence, when the index has located it; null otherwise. */
  readonly sourceLine: number | null;
  /** True once the source sentence can no longer be found (the item is kept, never deleted). */
  readonly sourceMissing: boolean;
  /** The quoted sentence. */
  readonly quote: string;
  /** Ids of items this one is blocked by. */
  readonly blockedBy: readonly string[];
  /** request: who is asked; dependency: who is waited on. */
  readonly parties: readonly string[];
  readonly action: string | null;
  readonly waitingFor: string | null;
  readonly choice: string | null;
  readonly rationale: string | null;
  readonly windowCloses: string | null;
  /**
   * decision: when it was decided (`decided_at`): the window's close for a decision adopted by
   * its window, or the instant a person adopted it through Handoff. Optional: absent reads as null.
   */
  readonly decidedAt?: string | null;
  /** decision type (product, design, engineering …) used to route ownership, or null. */
  readonly decisionType: string | null;
  readonly extractedBy: ExtractedBy | "manual";
  /** The source note's date (YYYY-MM-DD) the item was created from, or null. */
  readonly created: string | null;
  /** Date the item was completed (YYYY-MM-DD), or null. */
  readonly completed: string | null;
  /** Channel (folder of the source note under the channels folder), or null. */
  readonly channel: string | null;
  readonly tags: readonly string[];
  /** Values that lost a field-level merge (sync), shown on the board; empty when none. */
  readonly conflicts: readonly string[];
  /** Blockers on a decision (computed by the index from notes linking to it). */
  readonly blockers: readonly Blocker[];
  /**
   * Request: when its first answer is expected (the channel note's `respond_within`, counted in
   * the asked person's working hours), ISO 8601 with their offset. Computed by the record from
   * channel and People notes, never stored; absent or null when no expectation applies.
   */
  readonly respondBy?: string | null;
}
