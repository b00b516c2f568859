import { basename, dirname, relative, resolve, sep } from "node:path";
import { DateTime } from "luxon";
import { EMPTY_DIRECTORY, buildDirectory } from "../../extract/directory";
import { extractNote } from "../../extract/extract";
import { readNoteHeader } from "../../extract/note-header";
import type { Candidate } from "../../model/candidate";
import type { Directory } from "../../model/person";
import { DEFAULT_TEAM_SETTINGS, TEAM_SETTINGS_PATH, type TeamSettings } from "../../model/team-settings";
import { parseTeamSettings } from "../../store/team-settings-note";
import { VaultReadError } from "../../store/vault-port";
import { isValidZone } from "../../time/zone-names";
import { CliError, type CliIo, type CommandSpec } from "../command";
import { FsVault } from "../fs-vault";
import { type LlmFlags, LLM_USAGE, llmSummary, startLlmRun, takeLlmArg } from "../llm-options";

/** `--now`: an ISO date or date-time, with optional seconds, fraction and offset. */
const ISO_NOW = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Options of `handoff extract`. */
interface ExtractOptions {
  readonly file: string;
  readonly now: string | undefined;
  readonly tz: string | undefined;
  readonly author: string | undefined;
  readonly vault: string | undefined;
  readonly json: boolean;
  /** `--llm` and its settings (docs/llm.md). */
  readonly llm: LlmFlags;
}

/**
 * `handoff extract FILE [--now ISO] [--tz IANA] [--author NAME] [--vault DIR] [--json]`: the
 * candidates in one note (DESIGN "The CLI contract"). With `--vault`, People and Team notes and
 * the team settings note of that vault resolve owners, zones and working hours.
 */
export const extractCommand: CommandSpec = {
  name: "extract",
  summary: "Show the commitments, decisions, requests, dependencies and FYIs found in one note.",
  usage: `handoff extract FILE [--now ISO] [--tz IANA] [--author NAME] [--vault DIR] [--json] ${LLM_USAGE}`,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const options = parseArgs(args);
    const cwd = io.cwd;
    const filePath = resolve(cwd, options.file);
    const text = await readFile(filePath, options.file);
    const { directory, settings, notePath, problems } = await loadVault(options.vault === undefined ? undefined : resolve(cwd, options.vault), filePath);
    const ctx = {
      path: notePath,
      directory,
      settings,
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.tz === undefined ? {} : { zone: options.tz }),
      ...(options.author === undefined ? {} : { author: options.author }),
    };
    const llm = await startLlmRun(options.llm, io);
    const result = llm ? await llm.extract(text, ctx) : extractNote(text, ctx);
    for (const problem of [...problems, ...result.problems]) io.stderr(`warning: ${problem}\n`);
    io.stdout(options.json ? `${JSON.stringify(result.candidates.map(toJson), null, 2)}\n` : table(result.candidates, options.file));
    if (llm) {
      await llm.finish();
      io.stderr(llmSummary(llm.totals()));
    }
    return 0;
  },
};

function parseArgs(args: readonly string[]): ExtractOptions {
  const files: string[] = [];
  const values: Record<string, string | undefined> = {};
  const llm: Record<string, string | boolean> = {};
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const llmArgs = takeLlmArg(args, i, llm);
    if (llmArgs > 0) {
      i += llmArgs - 1;
    } else if (arg === "--json") {
      json = true;
    } else if (arg === "--now" || arg === "--tz" || arg === "--author" || arg === "--vault") {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--")) throw new CliError(`${arg} needs a value.`, 2);
      values[arg.slice(2)] = value;
      i++;
    } else if (arg.startsWith("--")) {
      const [name, value] = arg.split("=", 2);
      if (value !== undefined && (name === "--now" || name === "--tz" || name === "--author" || name === "--vault")) values[name.slice(2)] = value;
      else throw new CliError(`unknown option ${arg}.`, 2);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1 || files[0] === undefined) throw new CliError(files.length === 0 ? "give the note to read: handoff extract FILE." : `give one note, not ${files.length}: ${files.join(", ")}.`, 2);
  const now = values.now;
  if (now !== undefined && (!ISO_NOW.test(now) || !DateTime.fromISO(now.replace(" ", "T"), { zone: "UTC" }).isValid)) {
    throw new CliError(`--now "${now}" is not an ISO date or instant; write it like 2026-11-24 or 2026-11-24T10:00:00Z.`, 2);
  }
  const tz = values.tz;
  if (tz !== undefined && !isValidZone(tz)) throw new CliError(`--tz "${tz}" is not an IANA time zone; write it like Europe/London, Asia/Singapore or UTC.`, 2);
  return { file: files[0], now, tz, author: values.author, vault: values.vault, json, llm };
}

async function readFile(absolute: string, asGiven: string): Promise<string> {
  try {
    return await FsVault.at(dirname(absolute)).read(basename(absolute));
  } catch (error) {
    if (!(error instanceof VaultReadError)) throw error;
    switch (error.problem) {
      case "missing":
        throw new CliError(`cannot read "${asGiven}": no such file. Give the path of a markdown note.`);
      case "binary":
        throw new CliError(`"${asGiven}" is a binary file, not a markdown note. Give a text note.`);
      case "not-utf8":
        throw new CliError(`"${asGiven}" is not valid UTF-8 text. Re-save it as UTF-8 and run again.`);
      default:
        throw new CliError(error.message);
    }
  }
}

/**
 * The team's directory and settings from `vault` (or the defaults without one), and the note's
 * path as extraction should see it: vault-relative inside the vault, else its file name.
 */
async function loadVault(vault: string | undefined, file: string): Promise<{ directory: Directory; settings: TeamSettings; notePath: string; problems: string[] }> {
  if (vault === undefined) return { directory: EMPTY_DIRECTORY, settings: DEFAULT_TEAM_SETTINGS, notePath: basename(file), problems: [] };
  const port = FsVault.at(vault);
  let listed: string[];
  try {
    listed = await port.listNotes();
  } catch {
    throw new CliError(`--vault "${vault}" is not a folder that can be read. Give the vault's root folder.`);
  }
  const problems: string[] = [];
  let settings = DEFAULT_TEAM_SETTINGS;
  if (listed.includes(TEAM_SETTINGS_PATH)) {
    const loaded = parseTeamSettings(await readOrReport(port, TEAM_SETTINGS_PATH, problems) ?? "");
    settings = loaded.settings;
    problems.push(...loaded.problems);
  }
  const folders = [`${settings.peopleFolder}/`, `${settings.teamsFolder}/`];
  const notes: Array<{ path: string; data: Record<string, unknown> }> = [];
  for (const path of listed.filter((p) => folders.some((f) => p.startsWith(f)))) {
    const text = await readOrReport(port, path, problems);
    if (text === null) continue;
    const header = readNoteHeader(text);
    if (header.error) problems.push(`${path}: ${header.error}; this person or team is skipped until the YAML is fixed.`);
    notes.push({ path, data: { ...header.data } });
  }
  const built = buildDirectory(notes, settings);
  problems.push(...built.problems);
  const rel = relative(vault, file);
  const inside = rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
  return { directory: built.directory, settings, notePath: inside ? rel.split(sep).join("/") : basename(file), problems };
}

async function readOrReport(port: FsVault, path: string, problems: string[]): Promise<string | null> {
  try {
    return await port.read(path);
  } catch (error) {
    if (error instanceof VaultReadError) {
      problems.push(error.message);
      return null;
    }
    throw error;
  }
}

/** The JSON shape of one candidate: the CLI contract's fields first, then the rest. */
function toJson(c: Candidate): Record<string, unknown> {
  return {
    kind: c.kind,
    line: c.line,
    text: c.text,
    owner: c.owner,
    due: c.due,
    dueText: c.dueText,
    title: c.title,
    status: c.status,
    recurrence: c.recurrence,
    parties: c.parties,
    action: c.action,
    waitingFor: c.waitingFor,
    choice: c.choice,
    rationale: c.rationale,
    windowCloses: c.windowCloses,
    windowText: c.windowText,
    extractedBy: c.extractedBy,
    heading: c.heading,
    ownerPath: c.ownerPath,
    blockId: c.blockId,
    from: c.from,
    to: c.to,
    task: c.task,
  };
}

/** A readable table: line, kind, owner, due (as written), title. */
function table(candidates: readonly Candidate[], file: string): string {
  if (candidates.length === 0) return `${file}: nothing to track.\n`;
  const rows = candidates.map((c) => [String(c.line), c.kind, c.owner ?? "-", c.dueText ? `${c.dueText}${c.due ? ` (${c.due})` : ""}` : "-", c.status, c.title]);
  const head = ["line", "kind", "owner", "due", "status", "title"];
  const widths = head.map((h, i) => Math.min(i === 5 ? 60 : 40, Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length))));
  const fmt = (r: readonly string[]): string => r.map((cell, i) => (i === r.length - 1 ? cell : cell.slice(0, widths[i]).padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  return `${[fmt(head), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt)].join("\n")}\n${candidates.length} found in ${file}.\n`;
}
