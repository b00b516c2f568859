import type { VaultRecord } from "../store/vault-record";
import { buildWeeklyReview, type WeeklyReview } from "./weekly";
import { renderManaged, renderReviewNote, replaceManaged, reviewNotePath } from "./weekly-note";

/** What writing the weekly review did. */
export interface WrittenReview {
  /** Vault path of the review note. */
  readonly path: string;
  readonly review: WeeklyReview;
  /** True when the note was created or its managed part changed. */
  readonly written: boolean;
  /** Why the note was left alone (its markers were removed), naming it; null when fine. */
  readonly problem: string | null;
}

/**
 * Builds the review of the week holding `nowMs` from the record and writes it through the port:
 * creates `<items folder>/Reviews/<week> review.md`, or rewrites only the managed part of an
 * existing one (a person's notes in it stay). Nothing is written when nothing changed, and a note
 * whose markers a person removed is reported, never overwritten. Reviews live under the items
 * folder but outside its kind folders, so they are neither items nor sources.
 */
export async function writeWeeklyReview(record: VaultRecord, nowMs: number): Promise<WrittenReview> {
  const review = buildWeeklyReview({ items: record.snapshot(), links: record.links, settings: record.settings, directory: record.directory, nowMs });
  const path = reviewNotePath(record.settings.itemsFolder, review.week);
  if (!(await record.port.exists(path))) {
    await record.port.create(path, renderReviewNote(review));
    return { path, review, written: true, problem: null };
  }
  let written = false;
  let problem: string | null = null;
  await record.port.process(path, (current) => {
    const next = replaceManaged(current, renderManaged(review));
    if (next === null) {
      problem = `${path}: the review's handoff:review:start / handoff:review:end markers are missing or repeated, so Handoff left the note as it is. Put them back around the generated part, or delete the note to write it afresh.`;
      return current;
    }
    written = next !== current;
    return next;
  });
  return { path, review, written, problem };
}
