import type { CommandSpec } from "../command";
import { extractCommand } from "./extract";
import { scanCommand } from "./scan";

/**
 * Every `handoff` subcommand, in the order `handoff --help` lists them. One file per command
 * under this folder; add yours here.
 */
export const COMMANDS: readonly CommandSpec[] = [
  extractCommand,
  scanCommand,
];
