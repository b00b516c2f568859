import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractNote } from "../../extract/extract";
import type { Item } from "../../model/item";
import { scanVault, type ScanResult } from "../../store/scan";
import { CliError, type CliIo, type CommandSpec } from "../command";
import { FsVault } from "../fs-vault";

/** `--now`: an ISO date or date-time with optional seconds, fraction and offset (`2026-11-24`, `2026-11-24T10:00:00Z`). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

interface ScanArgs {
  readonly vault: string;
  readonly now: string;
  readonly dryRun: boolean;
  readonly json: boolean;
}

/**
 * `handoff scan VAULT [--now ISO] [--dry-run] [--json]`: extracts every source note, reconciles
 * it with the item notes and writes the record (DESIGN "The CLI contract"). `--now` is the
 * reference for notes without a date of their own (default: the current time, read here in the
 * shell and passed in; the engine never reads the clock).
 */
export const scanCommand: CommandSpec = {
  name: "scan",
  summary: "Extract every note in a vault and write the item notes (commitments, decisions, requests, dependencies).",
  usage: "handoff scan VAULT [--now ISO] [--dry-run] [--json]",
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const options = readArgs(args, new Date().toISOString());
    const root = resolve(io.cwd, options.vault);
    const info = await stat(root).catch(() => null);
    if (!info?.isDirectory()) throw new CliError(`"${options.vault}" is not a folder. Give the path of the vault's root folder (the one that holds your notes).`);
    const result = await scanVault(FsVault.at(root), { extract: extractNote, now: options.now, dryRun: options.dryRun });
    io.stdout(options.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : summary(result, options.dryRun));
    return 0;
  },
};

function readArgs(args: readonly string[], clock: string): ScanArgs {
  let parsed: ReturnType<typeof parseScanArgs>;
  try {
    parsed = parseScanArgs(args);
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}.`, 2);
  }
  const [vault, ...extra] = parsed.positionals;
  if (vault === undefined) throw new CliError("give the vault folder: handoff scan VAULT.", 2);
  if (extra.length > 0) throw new CliError(`give one vault folder, not ${parsed.positionals.length}: ${parsed.positionals.join(", ")}.`, 2);
  const now = parsed.values.now;
  if (now !== undefined && (!ISO_INSTANT.test(now) || Number.isNaN(Date.parse(now)))) {
    throw new CliError(`--now "${now}" is not an ISO date or instant; write it like 2026-11-24 or 2026-11-24T10:00:00Z.`, 2);
  }
  return { vault, now: now ?? clock, dryRun: parsed.values["dry-run"] ?? false, json: parsed.values.json ?? false };
}

function parseScanArgs(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { now: { type: "string" }, "dry-run": { type: "boolean" }, json: { type: "boolean" } },
  });
}

/** The `--json` shape: the contract's fields for every item, then counts and problems. */
function toJson(result: ScanResult): Record<string, unknown> {
  return {
    notes: result.notes,
    items: result.items.map(itemJson),
    created: result.created,
    updated: result.updated,
    ms: Math.round(result.ms),
    problems: result.problems,
  };
}

function itemJson(item: Item): Record<string, unknown> {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    status: item.status,
    owner: item.owner,
    due: item.due,
    dueText: item.dueText,
    path: item.path,
    source: item.sourcePath,
    line: item.sourceLine,
    ...(item.windowCloses === null ? {} : { windowCloses: item.windowCloses }),
    blockedBy: item.blockedBy,
    parties: item.parties,
    sourceMissing: item.sourceMissing,
    created: item.created,
  };
}

/** One line of counts, then each problem on its own line. */
function summary(result: ScanResult, dryRun: boolean): string {
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const verb = dryRun ? "would be " : "";
  const lines = [
    `scanned ${count(result.notes, "note")}: ${count(result.items.length, "item")} (${result.created} ${verb}new, ${result.updated} ${verb}updated)` +
      (result.problems.length === 0 ? "" : `; ${count(result.problems.length, "problem")}:`),
    ...result.problems.map((p) => `  ${p}`),
  ];
  if (dryRun) lines.push("dry run: nothing was written.");
  return `${lines.join("\n")}\n`;
}
