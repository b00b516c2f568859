import { insertBlockIds, type BlockIdInsertion } from "./block-ids";
import { updateItemNoteText } from "./item-note-update";
import type { NotePlan } from "./reconcile";
import { VaultReadError, VaultWriteError, type VaultPort } from "./vault-port";

/** What applying one note's plan wrote. */
export interface AppliedPlan {
  /** Item note path → its text after the plan (created or updated), for the index. */
  readonly items: ReadonlyMap<string, string>;
  readonly created: number;
  readonly updated: number;
  /** Block ids actually appended to the source note (a changed line is skipped). */
  readonly inserted: readonly BlockIdInsertion[];
  readonly problems: readonly string[];
}

/**
 * Writes a plan through the port, or only computes the texts when `dryRun` (then `current`
 * must hold the current texts of the item notes to update; otherwise it is not used). Order: block ids into the source note, new item notes,
 * then updates, each through `process` so a person's edit made since the scan read the note is
 * respected. A write that fails becomes a problem naming the file; the rest still happen.
 */
export async function applyNotePlan(port: VaultPort, plan: NotePlan, dryRun: boolean, current: ReadonlyMap<string, string>): Promise<AppliedPlan> {
  const items = new Map<string, string>();
  const problems: string[] = [];
  let created = 0;
  let updated = 0;
  let inserted: readonly BlockIdInsertion[] = [];
  if (plan.insertions.length > 0) {
    if (dryRun) {
      inserted = plan.insertions;
    } else {
      try {
        let done: BlockIdInsertion[] = [];
        await port.process(plan.sourcePath, (text) => {
          const result = insertBlockIds(text, plan.insertions);
          done = result.inserted;
          return result.text;
        });
        inserted = done;
      } catch (error) {
        problems.push(writeProblem(error, plan.sourcePath, "add block ids to"));
      }
    }
  }
  for (const create of plan.creates) {
    try {
      if (!dryRun) await port.create(create.path, create.text);
      items.set(create.path, create.text);
      created++;
    } catch (error) {
      problems.push(writeProblem(error, create.path, "create"));
    }
  }
  for (const update of plan.updates) {
    try {
      let changed = false;
      const rewrite = (text: string): string => {
        const next = updateItemNoteText(update.path, text, update.desired, update.sourceMissing);
        changed = next !== text;
        return next;
      };
      const before = current.get(update.path);
      const after = dryRun ? (before === undefined ? undefined : rewrite(before)) : await port.process(update.path, rewrite);
      if (after !== undefined && changed) {
        items.set(update.path, after);
        updated++;
      }
    } catch (error) {
      problems.push(writeProblem(error, update.path, "update"));
    }
  }
  return { items, created, updated, inserted, problems };
}

function writeProblem(error: unknown, path: string, verb: string): string {
  if (error instanceof VaultWriteError || error instanceof VaultReadError) return error.message;
  return `Could not ${verb} "${path}": ${error instanceof Error ? error.message : String(error)}`;
}
