import type { CommandSpec } from "../command";
import { boardCommand } from "./board";
import { decisionsCommand } from "./decisions";
import { extractCommand } from "./extract";
import { icsCommand } from "./ics";
import { mergeDriverCommand } from "./merge-driver";
import { reviewCommand } from "./review";
import { scanCommand } from "./scan";
import { slotsCommand } from "./slots";
import { syncCommand } from "./sync";
import { tickCommand } from "./tick";

/**
 * Every `handoff` subcommand, in the order `handoff --help` lists them. One file per command
 * under this folder; add yours here.
 */
export const COMMANDS: readonly CommandSpec[] = [
  extractCommand,
  scanCommand,
  boardCommand,
  decisionsCommand,
  tickCommand,
  reviewCommand,
  slotsCommand,
  icsCommand,
  syncCommand,
  mergeDriverCommand,
];
