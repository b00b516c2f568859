import type { Item } from "../model/item";
import type { LinkIndex } from "../store/link-index";
import { dateOf } from "./review-week";

/**
 * What the notes say happened to an item since it was written, read from links (markdown is the
 * database: an answer is a note, not a flag in plugin data):
 *
 * - a request is **answered** when a source note by someone other than the asker, dated on or
 *   after the request, links to it (to its item note, or to its source note: plainly, by heading,
 *   or by the request's own block). Closing the request (done, cancelled) answers it too;
 * - an item's **last activity** is the latest date among its creation, its completion, its
 *   decision (`decided_at`), and the notes about it (links as above, any author).
 *
 * Notes dated after `until` (the review's day) are not counted: a review as of Wednesday does not
 * see Friday's answer, even when the vault already holds it.
 */
export class ItemActivity {
  /** `until`: the last date (`YYYY-MM-DD`) that counts; null counts every note. */
  constructor(
    private readonly links: LinkIndex,
    private readonly until: string | null = null,
  ) {}

  /** The notes answering a request (see the class comment), sorted by path; empty for other kinds. */
  answersTo(item: Item): readonly string[] {
    if (item.kind !== "request") return [];
    const asker = item.owner?.toLowerCase() ?? null;
    return this.links.notesAbout(item).filter((path) => {
      const facts = this.links.get(path);
      if (!facts) return false;
      if (asker !== null && facts.author?.toLowerCase() === asker) return false;
      if (this.until !== null && facts.date !== null && facts.date > this.until) return false;
      return item.created === null || facts.date === null || facts.date >= item.created;
    });
  }

  /** True when someone answered the request in a note or it was closed. */
  isAnswered(item: Item): boolean {
    return item.status === "done" || item.status === "cancelled" || this.answersTo(item).length > 0;
  }

  /** The latest date (`YYYY-MM-DD`) anything happened to the item, or null when nothing is dated. */
  lastActivity(item: Item): string | null {
    let last: string | null = null;
    const see = (date: string | null): void => {
      if (date !== null && (last === null || date > last)) last = date;
    };
    see(dateOf(item.created));
    see(dateOf(item.completed));
    see(dateOf(item.decidedAt));
    for (const path of this.links.notesAbout(item)) {
      const date = this.links.get(path)?.date ?? null;
      if (this.until === null || date === null || date <= this.until) see(date);
    }
    return last;
  }
}
