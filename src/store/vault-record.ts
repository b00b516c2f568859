import { buildDirectory, type DirectoryNote } from "../extract/directory";
import { readNoteHeader } from "../extract/note-header";
import type { Item } from "../model/item";
import type { Directory } from "../model/person";
import type { TeamSettings } from "../model/team-settings";
import { applyNotePlan } from "./apply-plan";
import { ItemIndex } from "./item-index";
import { LinkIndex } from "./link-index";
import { readItemFacts, readSourceFacts } from "./note-facts";
import { NoteIndex } from "./note-index";
import { reconcileNote } from "./reconcile";
import { claimOrphans, extractSource, itemsFor, sourceEntry, type Extractor } from "./source-note";
import { loadTeamSettings } from "./team-settings-note";
import { VaultReadError, type VaultPort } from "./vault-port";
import { RespondByIndex } from "../time/respond-by-index";
import { channelOfNote, readResponseExpectations, type ChannelNote } from "../time/response-expectations";
import { noteRole, type NoteRole } from "./vault-layout";

/** How the record extracts: the extractor and its inputs that are not in the vault. */
export interface RecordOptions {
  readonly extract: Extractor;
  /** ISO date or instant: the reference for undated notes, and `dateCreated` of their first items. */
  readonly now?: string;
  /** IANA zone overriding every writer's zone (CLI `--tz`). */
  readonly zone?: string;
}

/** What re-indexing one note did. */
export interface ReindexResult {
  readonly role: NoteRole;
  readonly created: number;
  readonly updated: number;
  readonly problems: readonly string[];
}

/**
 * The vault as the team's record, in memory: team settings, the directory, and the two indexes
 * (item notes, source notes), all rebuilt from files (DESIGN principle 1). `scanVault` fills it;
 * the plugin then keeps it current note by note with {@link reindexNote}, {@link removeNote}
 * and {@link renameNote}. Every write goes through the port.
 */
export class VaultRecord {
  readonly items: ItemIndex;
  readonly notes = new NoteIndex();
  /** Links, authors, dates and blocker lines of source and item notes (decisions' `blockers`, answers, activity). */
  readonly links = new LinkIndex();
  private readonly settingsProblems: string[] = [];
  private readonly fileProblems: string[] = [];
  private directoryProblems: string[] = [];
  /** Fills requests' `respondBy` in snapshots from channel notes' `respond_within` (rebuilt with the directory). */
  private respondBy: RespondByIndex;

  private constructor(
    readonly port: VaultPort,
    readonly options: RecordOptions,
    readonly settings: TeamSettings,
    private people: Directory,
  ) {
    this.items = new ItemIndex((item) => (item.sourcePath ? this.notes.lineOf(item.sourcePath, item.id) : null));
    this.respondBy = RespondByIndex.of(people, settings, new Map());
  }

  /** Reads the team settings note and the People and Team notes; indexes nothing else yet. */
  static async open(port: VaultPort, options: RecordOptions, paths?: readonly string[]): Promise<VaultRecord> {
    const loaded = await loadTeamSettings(port);
    const record = new VaultRecord(port, options, loaded.settings, buildDirectory([], loaded.settings).directory);
    record.settingsProblems.push(...loaded.problems);
    await record.loadDirectory(paths ?? (await port.listNotes()));
    return record;
  }

  /** People and teams, from the People and Team notes. */
  get directory(): Directory {
    return this.people;
  }

  /** What Handoff makes of the note at `path`. */
  roleOf(path: string): NoteRole {
    return noteRole(path, this.settings);
  }

  /** Snapshot of every item for views (sorted by item-note path, `sourceLine`, requests' `respondBy` and decisions' `blockers` filled). */
  snapshot(): readonly Item[] {
    return this.links.fill(this.respondBy.apply(this.items.items()));
  }

  /** Reads a note's links, author, date and blocker lines into {@link links} (source and item notes; any other role is forgotten). */
  indexFacts(path: string, role: NoteRole, text: string): void {
    if (role === "source") this.links.update(readSourceFacts(path, text, { directory: this.people, decisionTypes: Object.keys(this.settings.decisionOwners) }));
    else if (role === "item") this.links.update(readItemFacts(path, text, this.people));
    else this.links.remove(path);
  }

  /** Every problem: settings, directory, unreadable notes, broken item notes; each names its file. */
  problems(): string[] {
    const out = [...this.settingsProblems, ...this.directoryProblems, ...[...this.fileProblems].sort()];
    for (const path of this.notes.paths()) out.push(...(this.notes.get(path)?.problems ?? []));
    out.push(...this.items.problems());
    return out;
  }

  /** Records a problem that belongs to no indexed note (an unreadable file); listed sorted, so read order does not matter. */
  report(problem: string): void {
    this.fileProblems.push(problem);
  }

  /**
   * Re-reads one changed note and brings the record up to date: a source note is re-extracted and
   * reconciled (its item notes created or updated, block ids added); an item note is re-read; a
   * People or Team note rebuilds the directory (used from the next extraction on). Links from
   * other notes' Tasks `⛔` to this note's `🆔` are refreshed by the next full scan.
   */
  async reindexNote(path: string): Promise<ReindexResult> {
    const role = this.roleOf(path);
    const none = { role, created: 0, updated: 0 };
    let text: string;
    try {
      text = await this.port.read(path);
    } catch (error) {
      if (!(error instanceof VaultReadError)) throw error;
      this.removeNote(path);
      return { ...none, problems: [error.message] };
    }
    this.indexFacts(path, role, text);
    if (role === "item") {
      const note = this.items.update(path, text);
      return { ...none, problems: "problem" in note ? [note.problem] : note.warnings };
    }
    if (role === "person" || role === "team" || channelOfNote(path, this.settings) !== null) {
      await this.loadDirectory(await this.port.listNotes());
      if (role !== "source") return { ...none, problems: [] };
    }
    if (role !== "source") return { ...none, problems: [] };
    const ctx = { directory: this.people, settings: this.settings, zone: this.options.zone };
    const read = extractSource(path, text, this.options.extract, ctx, this.options.now, this.items.bySource(path));
    const claims = claimOrphans([read], this.items, (source, block) => source !== path && (this.notes.get(source)?.blockIds.has(block) ?? false));
    const existing = itemsFor(read, this.items, claims);
    const plan = reconcileNote(
      {
        path,
        text,
        extraction: read.extraction,
        blocks: read.blocks,
        existing,
        settings: this.settings,
        directory: this.people,
        today: this.options.now?.slice(0, 10) ?? null,
        isTaken: (id) => this.items.hasId(id),
      },
      (taskId) => this.notes.taskRef(taskId),
    );
    const applied = await applyNotePlan(this.port, plan, false, new Map());
    for (const [itemPath, itemText] of applied.items) this.items.update(itemPath, itemText);
    this.notes.update(sourceEntry(read, plan, applied.inserted, applied.problems));
    this.items.invalidateLines(path);
    return { role, created: applied.created, updated: applied.updated, problems: [...read.extraction.problems, ...applied.problems] };
  }

  /** A note was deleted: forget it. Its items are marked source-missing by the next scan. */
  removeNote(path: string): void {
    this.items.remove(path);
    this.links.remove(path);
    this.notes.remove(path);
    this.items.invalidateLines(path);
  }

  /** A note was renamed or moved. A source note is re-indexed under its new path (its items follow by block id). */
  async renameNote(from: string, to: string): Promise<ReindexResult> {
    this.items.rename(from, to);
    this.notes.rename(from, to);
    this.links.remove(from);
    return this.reindexNote(to);
  }

  private async loadDirectory(paths: readonly string[]): Promise<void> {
    const notes: DirectoryNote[] = [];
    const channels: ChannelNote[] = [];
    const problems: string[] = [];
    for (const path of paths) {
      const role = this.roleOf(path);
      const channel = channelOfNote(path, this.settings) !== null;
      if (role !== "person" && role !== "team" && !channel) continue;
      try {
        const header = readNoteHeader(await this.port.read(path));
        if (channel) channels.push({ path, data: header.data });
        else if (header.error) problems.push(`${path}: ${header.error}; this person or team is skipped until the YAML is fixed.`);
        else notes.push({ path, data: header.data });
      } catch (error) {
        if (!(error instanceof VaultReadError)) throw error;
        problems.push(error.message);
      }
    }
    const built = buildDirectory(notes, this.settings);
    const expectations = readResponseExpectations(channels, this.settings);
    this.people = built.directory;
    this.respondBy = RespondByIndex.of(built.directory, this.settings, expectations.expectations);
    this.directoryProblems = [...problems, ...built.problems, ...expectations.problems];
  }
}
