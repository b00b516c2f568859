/**
 * The one write path for changes a person makes through Handoff (board, queue, decision log,
 * palette commands): every change goes through the store's `editItemNoteText` inside
 * `VaultPort.process`, so only the changed fields move, `handoff_edited` records when (for
 * sync to pick the later of two edits), and a person's edit made a moment ago is read, not
 * overwritten. The index then updates from the modify event and views get a new snapshot.
 *
 * Pure: no `obsidian` import; the clock is passed in (`now`), as is the zone dates are written in.
 */
import { DateTime } from "luxon";
import type { Item } from "../model/item";
import { statusesFor, type ItemStatus } from "../model/status";
import type { FieldValue } from "../store/item-fields";
import { isItemNoteProblem, readItemNote } from "../store/item-note";
import { editItemNoteText, type EditableField } from "../store/item-note-update";
import type { VaultPort } from "../store/vault-port";
import type { WriterClock } from "../time/writer-clock";
import { appendLine, blockerLine } from "./blocker-line";

/** A change Handoff refused, with a sentence for the person (shown by views and notices). */
export class ItemWriteRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ItemWriteRefused";
  }
}

/** Writes people's changes to item notes. */
export class ItemWriter {
  /**
   * @param port where notes are written
   * @param now the current instant, ISO 8601 (the shell's clock)
   * @param zone the IANA zone dates such as `completedDate` are written in (the person's)
   * @param rollClock the owner's clock for a recurring item, so "done" rolls it to its next
   *   occurrence (`rollClockFor` in src/time/recurring-roll.ts); without it, or when it returns
   *   null, a recurring item is simply done
   */
  constructor(private readonly port: VaultPort, private readonly now: () => string, private readonly zone: () => string, private readonly rollClock?: (item: Item) => WriterClock | null) {}

  /**
   * Sets an item's status. Moving to `done` also sets `completedDate` (today in the person's
   * zone, as Obsidian Tasks does); moving away from it clears it. Refuses a status the item's
   * kind does not have.
   */
  async setStatus(item: Item, status: ItemStatus): Promise<void> {
    if (!statusesFor(item.kind).includes(status)) {
      throw new ItemWriteRefused(`"${status}" is not a status of a ${item.kind}; use ${statusesFor(item.kind).join(", ")}.`);
    }
    const fields: Partial<Record<EditableField, FieldValue>> = { status };
    if (status === "done") fields.completedDate = this.today();
    else if (item.status === "done") fields.completedDate = null;
    await this.edit(item.path, fields);
  }

  /** Changes fields of the item note at `path` as a person would (see `editItemNoteText`). */
  async edit(path: string, fields: Partial<Record<EditableField, FieldValue>>): Promise<void> {
    const at = this.instant();
    await this.port.process(path, (text) => {
      const note = readItemNote(path, text);
      if (isItemNoteProblem(note)) throw new ItemWriteRefused(`${note.problem} Fix it by hand; Handoff does not change it.`);
      return editItemNoteText(path, text, fields, at, this.rollClock);
    });
  }

  /**
   * Raises a blocker on a decision: appends `- [ ] Blocker: <text> — <who>, <when>` to the end
   * of its item note (the part of the note that belongs to people). Refuses anything but a decision.
   */
  async raiseBlocker(item: Item, text: string, who: string): Promise<string> {
    if (item.kind !== "decision") throw new ItemWriteRefused(`"${item.title}" is a ${item.kind}, not a decision: blockers are raised on decisions.`);
    const line = blockerLine(text, who, this.instant(), this.zone());
    await this.port.process(item.path, (note) => appendLine(note, line));
    return line;
  }

  /** Today's date in the person's zone. */
  today(): string {
    return DateTime.fromISO(this.now(), { zone: this.zone() }).toISODate() as string;
  }

  /** Now as an ISO instant in the person's zone, to the second (`2026-11-24T17:12:05+08:00`). */
  private instant(): string {
    return DateTime.fromISO(this.now(), { zone: this.zone() }).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
  }
}
