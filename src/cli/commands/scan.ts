import { extractNote } from "../../extract/extract";
import { scanVault, type ScanResult } from "../../store/scan";
import type { CliIo, CommandSpec } from "../command";
import { onePositional, parseCommandArgs, readNow, vaultRoot } from "../cli-args";
import { FsVault } from "../fs-vault";
import { itemJson } from "../item-json";
import { LLM_ARG_OPTIONS, LLM_USAGE, type LlmFlags, llmSummary, startLlmRun } from "../llm-options";
import { llmScanExtractor } from "../llm-scan";

interface ScanArgs {
  readonly vault: string;
  readonly now: string;
  readonly dryRun: boolean;
  readonly json: boolean;
  /** `--llm` and its settings (docs/llm.md). */
  readonly llm: LlmFlags;
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
  usage: `handoff scan VAULT [--now ISO] [--dry-run] [--json] ${LLM_USAGE}`,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const options = readArgs(args, new Date().toISOString());
    const root = await vaultRoot(io, options.vault);
    const llm = await startLlmRun(options.llm, io);
    const extract = llm ? await llmScanExtractor(FsVault.at(root), llm, { now: options.now }) : extractNote;
    const result = await scanVault(FsVault.at(root), { extract, now: options.now, dryRun: options.dryRun });
    io.stdout(options.json ? `${JSON.stringify({ ...toJson(result), ...(llm ? { llm: llm.totals() } : {}) }, null, 2)}\n` : summary(result, options.dryRun));
    if (llm) io.stderr(llmSummary(llm.totals()));
    return 0;
  },
};

function readArgs(args: readonly string[], clock: string): ScanArgs {
  const parsed = parseCommandArgs(args, { now: { type: "string" }, "dry-run": { type: "boolean" }, json: { type: "boolean" }, ...LLM_ARG_OPTIONS });
  const vault = onePositional(parsed.positionals, "scan");
  const { now, "dry-run": dryRun, json, ...llm } = parsed.values;
  return { vault, now: readNow(now, clock), dryRun: dryRun ?? false, json: json ?? false, llm };
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
