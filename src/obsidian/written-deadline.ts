/**
 * A deadline picked in the writer's own zone, written as words every device reads back to the
 * same instant ("Thu 26 Nov 2026 17:00 Toronto time"). The text goes into notes, so it must not
 * depend on who later reads it: it names its zone explicitly, and each form is checked by the
 * real deadline reader (`findDeadline`) before it is used, under two very different writer
 * zones. The first form that reads back exactly wins:
 *
 * 1. the zone's city followed by "time", when the zone table knows that city (`Toronto time`);
 * 2. a written offset (`UTC+08:00`, `UTC+05:30`, `UTC+00:00`);
 * 3. the same instant in UTC (`UTC`), which every reader takes.
 *
 * Pure: no `obsidian` import, no clock.
 */
import { DateTime } from "luxon";
import { findDeadline, type WriterClock } from "../time/deadline";
import { zoneFromName } from "../time/zone-names";

/** Writer zones the written form is checked under: far apart, so only an explicit zone can satisfy both. */
const CHECK_ZONES = ["UTC", "Pacific/Kiritimati"] as const;

/** A written deadline and the instant it means. */
export interface WrittenDeadline {
  /** The words to put after "by " (`Thu 26 Nov 2026 17:00 Toronto time`). */
  readonly text: string;
  /** ISO 8601 with the offset of the zone the text names. */
  readonly due: string;
}

/**
 * The words for the wall-clock time `local` (`YYYY-MM-DDTHH:mm`) in `zone`. Throws on an
 * unknown zone or an unreadable time (the caller's modal validates input first).
 */
export function writeDeadline(local: string, zone: string): WrittenDeadline {
  const at = DateTime.fromISO(local, { zone });
  if (!at.isValid) throw new RangeError(`"${local}" in ${zone} is not a valid time: ${at.invalidExplanation ?? at.invalidReason ?? "unknown"}`);
  const wanted = at.toMillis();
  for (const text of candidateTexts(at, zone)) {
    const due = readBack(text, at.toISODate());
    if (due !== null && Date.parse(due) === wanted) return { text, due };
  }
  const utc = at.setZone("UTC");
  return { text: `${utc.toFormat("ccc d LLL yyyy HH:mm")} UTC`, due: utc.toISO({ suppressMilliseconds: true }) as string };
}

/** The city part of an IANA zone name, as the zone table spells it (`America/Toronto` → `Toronto`), when the table maps it back to the zone. */
export function zoneCity(zone: string): string | null {
  const city = zone.split("/").pop()?.replace(/_/g, " ") ?? "";
  if (city === "" || zone === "UTC") return null;
  return zoneFromName(`${city} time`) === zone ? city : null;
}

function candidateTexts(at: DateTime, zone: string): string[] {
  const wall = at.toFormat("ccc d LLL yyyy HH:mm");
  const texts: string[] = [];
  const city = zoneCity(zone);
  if (city !== null) texts.push(`${wall} ${city} time`);
  texts.push(`${wall} UTC${at.toFormat("ZZ")}`);
  return texts;
}

/** The instant the reader gives "by <text>." under each check zone, or null when they disagree or find nothing. */
function readBack(text: string, date: string): string | null {
  let agreed: string | null = null;
  for (const zone of CHECK_ZONES) {
    const clock: WriterClock = { reference: date, zone, dayStart: "09:00", dayEnd: "17:00", workdays: [1, 2, 3, 4, 5] };
    const found = findDeadline(`Input needed by ${text}.`, clock);
    if (!found?.due) return null;
    if (agreed !== null && Date.parse(agreed) !== Date.parse(found.due)) return null;
    agreed = found.due;
  }
  return agreed;
}
