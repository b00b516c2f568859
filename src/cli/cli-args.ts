import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError, type CliIo } from "./command";

/**
 * `--now`: an ISO date or date-time with optional seconds, fraction and offset
 * (`2026-11-24`, `2026-11-24T10:00`, `2026-11-24T10:00:00Z`, `2026-11-24T18:00:00+08:00`).
 */
export const ISO_NOW = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a command's arguments strictly with Node's `parseArgs`; an unknown option or a
 * missing value becomes a usage error (exit 2) that says what was wrong.
 */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}.`, 2);
  }
}

/**
 * The one positional a command takes (`VAULT` by default, or `FILE`); a usage error when it is
 * missing ("give the vault folder: handoff scan VAULT.") or when more than one was given.
 */
export function onePositional(positionals: readonly string[], command: string, placeholder = "VAULT", noun = "vault folder"): string {
  const [value, ...extra] = positionals;
  if (value === undefined) throw new CliError(`give the ${noun}: handoff ${command} ${placeholder}.`, 2);
  if (extra.length > 0) throw new CliError(`give one ${noun}, not ${positionals.length}: ${positionals.join(", ")}.`, 2);
  return value;
}

/** `--now` checked, or `fallback` (the shell's clock, read once by the command) when absent. */
export function readNow(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!ISO_NOW.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliError(`--now "${value}" is not an ISO date or instant; write it like 2026-11-24 or 2026-11-24T10:00:00Z.`, 2);
  }
  return value;
}

/** The absolute path of the vault folder given on the command line; an error saying what to give when it is not a folder. */
export async function vaultRoot(io: CliIo, vault: string): Promise<string> {
  const root = resolve(io.cwd, vault);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new CliError(`"${vault}" is not a folder. Give the path of the vault's root folder (the one that holds your notes).`);
  return root;
}
