import type { Item } from "../model/item";
import { applyNotePlan, type AppliedPlan } from "./apply-plan";
import type { ItemRef } from "./item-values";
import { missingUpdate, placeNote, planNote, taskRefsOf, type NotePlan, type PlacedNote } from "./reconcile";
import { claimOrphans, extractSource, itemsFor, sourceEntry, type Extractor, type SourceRead } from "./source-note";
import { VaultReadError, type VaultPort } from "./vault-port";
import { VaultRecord } from "./vault-record";

/** Options of {@link scanVault}. Only `extract` is required; nothing else has a hidden default from the machine. */
export interface ScanOptions {
  /** The extractor (`extractNote`); must be pure. */
  readonly extract: Extractor;
  /** ISO date or instant: the reference for undated notes and `dateCreated` of their first items. */
  readonly now?: string;
  /** Plan and index, but write nothing. */
  readonly dryRun?: boolean;
  /** IANA zone overriding every writer's zone. */
  readonly zone?: string;
}

/** What a scan found and did. */
export interface ScanResult {
  /** Source notes scanned. */
  readonly notes: number;
  /** Every item after the scan (or as it would be, with `dryRun`), sorted by item-note path. */
  readonly items: readonly Item[];
  /** Item notes created and updated (or that would be). */
  readonly created: number;
  readonly updated: number;
  /** Every problem found, each naming its file. */
  readonly problems: readonly string[];
  /** Wall time of the scan in milliseconds (reported, never used for content). */
  readonly ms: number;
  /** The record, for views and incremental updates. */
  readonly record: VaultRecord;
}

/** Files read at once: enough to keep the disk busy, few enough not to exhaust file handles. */
const READ_CONCURRENCY = 32;

/**
 * Scans the whole vault: reads the team settings, People and Teams, every item note and every
 * source note; extracts; reconciles each note with the record; writes (unless `dryRun`); and
 * returns the filled record. Two passes over the sources, so ids and links between notes (Tasks
 * `⛔` → `🆔`) are known before anything is planned: the same vault gives the same files on every
 * machine, and a second scan of an unchanged vault writes nothing. One bad note never stops a
 * scan: its problem names the file.
 */
export async function scanVault(port: VaultPort, options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const dryRun = options.dryRun ?? false;
  const paths = await port.listNotes();
  const record = await VaultRecord.open(port, options, paths);
  const itemPaths = paths.filter((p) => record.roleOf(p) === "item");
  const sourcePaths = paths.filter((p) => record.roleOf(p) === "source");

  const itemTexts = new Map<string, string>();
  await forEachLimit(itemPaths, READ_CONCURRENCY, async (path) => {
    const text = await readOrReport(port, path, record);
    if (text === null) return;
    record.items.update(path, text);
    record.indexFacts(path, "item", text);
    if (dryRun) itemTexts.set(path, text);
  });

  const ctx = { directory: record.directory, settings: record.settings, zone: options.zone };
  const readsByPath = new Map<string, SourceRead>();
  const unreadable = new Set<string>();
  await forEachLimit(sourcePaths, READ_CONCURRENCY, async (path) => {
    const text = await readOrReport(port, path, record);
    if (text === null) unreadable.add(path);
    else {
      readsByPath.set(path, extractSource(path, text, options.extract, ctx, options.now, record.items.bySource(path)));
      record.indexFacts(path, "source", text);
    }
  });
  const reads = sourcePaths.flatMap((p) => readsByPath.get(p) ?? []);

  const blockIds = new Map(reads.map((r) => [r.path, new Set(r.blocks.flatMap((b) => (b.blockId ? [b.blockId] : [])))]));
  const claims = claimOrphans(reads, record.items, (path, block) => unreadable.has(path) || (blockIds.get(path)?.has(block) ?? false));
  const given = new Set<string>();
  const placed: PlacedNote[] = reads.map((read) => {
    const note = placeNote({
      path: read.path,
      text: read.text,
      extraction: read.extraction,
      blocks: read.blocks,
      existing: itemsFor(read, record.items, claims),
      settings: record.settings,
      directory: record.directory,
      today: options.now?.slice(0, 10) ?? null,
      isTaken: (id) => record.items.hasId(id) || given.has(id),
    });
    for (const p of note.placements) given.add(p.assignment.id);
    return note;
  });
  const taskRefs = new Map<string, ItemRef>();
  for (const note of placed) for (const [id, ref] of taskRefsOf(note)) if (!taskRefs.has(id)) taskRefs.set(id, ref);
  const plans = placed.map((note) => planNote(note, (id) => taskRefs.get(id) ?? null));
  const scanned = new Set(reads.map((r) => r.path));
  const orphanPlan: NotePlan = {
    sourcePath: "",
    insertions: [],
    creates: [],
    updates: record.items.all().flatMap((note) => {
      const source = note.item.sourcePath;
      if (source === null || scanned.has(source) || unreadable.has(source) || claims.has(note.item.path)) return [];
      return missingUpdate(note) ?? [];
    }),
    lines: new Map(),
    taskIds: new Map(),
  };

  const applied = new Map<NotePlan, AppliedPlan>();
  await forEachLimit([...plans, orphanPlan], READ_CONCURRENCY, async (plan) => {
    applied.set(plan, await applyNotePlan(port, plan, dryRun, itemTexts));
  });
  let created = 0;
  let updated = 0;
  for (const plan of [...plans, orphanPlan]) {
    const result = applied.get(plan) as AppliedPlan;
    created += result.created;
    updated += result.updated;
    for (const [itemPath, text] of result.items) record.items.update(itemPath, text);
    if (result.problems.length > 0 && plan === orphanPlan) for (const problem of result.problems) record.report(problem);
  }
  reads.forEach((read, i) => {
    const result = applied.get(plans[i]) as AppliedPlan;
    record.notes.update(sourceEntry(read, plans[i], result.inserted, result.problems));
  });
  return {
    notes: reads.length + unreadable.size,
    items: record.snapshot(),
    created,
    updated,
    problems: record.problems(),
    ms: performance.now() - started,
    record,
  };
}

async function readOrReport(port: VaultPort, path: string, record: VaultRecord): Promise<string | null> {
  try {
    return await port.read(path);
  } catch (error) {
    if (!(error instanceof VaultReadError)) throw error;
    record.report(error.message);
    return null;
  }
}

/** Runs `fn` over `items` with at most `limit` running at once; resolves when all are done. */
async function forEachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
