import { makeWriterClock, type WriterClockFields, type WriterClock } from "../../src/time/writer-clock";

/** A valid clock for tests (London, 09:00-17:00, Monday-Friday unless given); throws on bad fields. */
export function clockOf(fields: Partial<WriterClockFields> & { reference?: string } = {}): WriterClock {
  const made = makeWriterClock({ reference: "2026-11-23", zone: "Europe/London", ...fields });
  if (!made.ok) throw new Error(made.error);
  return made.clock;
}
