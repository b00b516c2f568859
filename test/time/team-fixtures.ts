// Shared set-up for the team time suites: made-up people in any zone, and the demo vault's team
// (14 people in London, Singapore and Toronto) read the way the CLI reads it.
import { fileURLToPath } from "node:url";
import { FsVault } from "../../src/cli/fs-vault";
import { extractNote } from "../../src/extract/extract";
import type { Directory } from "../../src/model/person";
import type { TeamSettings } from "../../src/model/team-settings";
import { VaultRecord } from "../../src/store/vault-record";
import { Availability, type AvailabilityFields } from "../../src/time/availability";
import { readDeepWork } from "../../src/time/deep-work";
import { readOutOfOffice } from "../../src/time/out-of-office";
import { TeamAvailability } from "../../src/time/team-availability";

/** The demo vault (read only: tests that write copy it first). */
export const DEMO_VAULT = fileURLToPath(new URL("../fixtures/demo-vault", import.meta.url));

/** Demo now: Tuesday 24 November 2026, 10:00 UTC (10:00 London, 18:00 Singapore, 05:00 Toronto). */
export const DEMO_NOW = "2026-11-24T10:00:00Z";

/** A person from fields, with deep work and out-of-office written as a People note writes them. */
export function personOf(fields: Omit<AvailabilityFields, "deepWork" | "outOfOffice"> & { deepWork?: string[]; outOfOffice?: string[] }): Availability {
  const deep = readDeepWork(fields.deepWork ?? [], "test");
  const away = readOutOfOffice(fields.outOfOffice ?? [], "test");
  if (deep.problems.length > 0 || away.problems.length > 0) throw new Error([...deep.problems, ...away.problems].join("\n"));
  return Availability.make({ ...fields, deepWork: deep.blocks, outOfOffice: away.ranges });
}

/** The demo vault's directory, settings and team availability (read once per suite). */
export async function demoTeam(): Promise<{ directory: Directory; settings: TeamSettings; team: TeamAvailability; problems: string[] }> {
  const record = await VaultRecord.open(FsVault.at(DEMO_VAULT), { extract: extractNote });
  return { directory: record.directory, settings: record.settings, team: TeamAvailability.of(record.directory, record.settings), problems: record.problems() };
}

/** Epoch ms of an ISO instant; throws on a typo so a table row cannot silently test NaN. */
export function ms(iso: string): number {
  const value = Date.parse(iso);
  if (Number.isNaN(value)) throw new Error(`not an ISO instant: ${iso}`);
  return value;
}
