import { extractNote } from "../../extract/extract";
import { scanVault, type ScanResult } from "../../store/scan";
import type { CliIo, CommandSpec } from "../command";
import { onePositional, parseCommandArgs, readNow, vaultRoot } from "../cli-args";
import { FsVault } from "../fs-vault";
import { itemJson } from "../item-json";

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
    const root = await vaultRoot(io, options.vault);
    const result = await scanVault(FsVault.at(root), { extract: extractNote, now: options.now, dryRun: options.dryRun });
    io.stdout(options.json ? `${JSON.stringify(toJson(result), null, 2)}\n` : summary(result, options.dryRun));
    return 0;
  },
};

function readArgs(args: readonly string[], clock: string): ScanArgs {
  const parsed = parseCommandArgs(args, { now: { type: "string" }, "dry-run": { type: "boolean" }, json: { type: "boolean" } });
  const vault = onePositional(parsed.positionals, "scan");
  return { vault, now: readNow(parsed.values.now, clock), dryRun: parsed.values["dry-run"] ?? false, json: parsed.values.json ?? false };
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
