import { IANAZone } from "luxon";

/**
 * Zone abbreviations and city names as people write them in notes ("9am SGT", "5pm Toronto
 * time"), mapped to IANA zones. Region abbreviations map to the region's zone, not to a fixed
 * offset, because people write "EST" in July and mean New York's wall clock: the instant then
 * gets the offset in force on that date (EDT). Choices where a name is ambiguous:
 * - `GMT` and `UTC` are UTC+0 all year (GMT is also the world's name for UTC); `BST` is London.
 * - `IST` is India (Asia/Kolkata), the most common reading in a distributed team.
 * - `CST`/`CDT`/`CT` are US Central (America/Chicago), not China.
 * - `MST`/`MDT`/`MT` are US Mountain (America/Denver).
 * - `CET`/`CEST` are Europe/Berlin (same rules as Paris, Amsterdam, Madrid).
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  UTC: "UTC", GMT: "UTC", Z: "UTC",
  BST: "Europe/London", WET: "Europe/Lisbon", WEST: "Europe/Lisbon",
  CET: "Europe/Berlin", CEST: "Europe/Berlin", EET: "Europe/Athens", EEST: "Europe/Athens", MSK: "Europe/Moscow",
  IST: "Asia/Kolkata", PKT: "Asia/Karachi", GST: "Asia/Dubai",
  SGT: "Asia/Singapore", MYT: "Asia/Kuala_Lumpur", HKT: "Asia/Hong_Kong", PHT: "Asia/Manila", WIB: "Asia/Jakarta",
  JST: "Asia/Tokyo", KST: "Asia/Seoul",
  AEST: "Australia/Sydney", AEDT: "Australia/Sydney", AET: "Australia/Sydney", ACST: "Australia/Adelaide",
  ACDT: "Australia/Adelaide", AWST: "Australia/Perth",
  NZST: "Pacific/Auckland", NZDT: "Pacific/Auckland", NZT: "Pacific/Auckland",
  EST: "America/New_York", EDT: "America/New_York", ET: "America/New_York",
  CST: "America/Chicago", CDT: "America/Chicago", CT: "America/Chicago",
  MST: "America/Denver", MDT: "America/Denver", MT: "America/Denver",
  PST: "America/Los_Angeles", PDT: "America/Los_Angeles", PT: "America/Los_Angeles",
  AKST: "America/Anchorage", AKDT: "America/Anchorage", HST: "Pacific/Honolulu",
  AST: "America/Halifax", ADT: "America/Halifax", NST: "America/St_Johns", NDT: "America/St_Johns",
  BRT: "America/Sao_Paulo", SAST: "Africa/Johannesburg", WAT: "Africa/Lagos", EAT: "Africa/Nairobi",
};

/** City, country and region names (lower case, single spaces) to IANA zones. */
const PLACES: Readonly<Record<string, string>> = {
  london: "Europe/London", uk: "Europe/London", edinburgh: "Europe/London", manchester: "Europe/London",
  dublin: "Europe/Dublin", lisbon: "Europe/Lisbon", paris: "Europe/Paris", berlin: "Europe/Berlin",
  amsterdam: "Europe/Amsterdam", madrid: "Europe/Madrid", barcelona: "Europe/Madrid", rome: "Europe/Rome",
  milan: "Europe/Rome", zurich: "Europe/Zurich", vienna: "Europe/Vienna", stockholm: "Europe/Stockholm",
  oslo: "Europe/Oslo", copenhagen: "Europe/Copenhagen", warsaw: "Europe/Warsaw", prague: "Europe/Prague",
  athens: "Europe/Athens", helsinki: "Europe/Helsinki", kyiv: "Europe/Kyiv", istanbul: "Europe/Istanbul",
  moscow: "Europe/Moscow", "tel aviv": "Asia/Jerusalem", cairo: "Africa/Cairo", lagos: "Africa/Lagos",
  nairobi: "Africa/Nairobi", johannesburg: "Africa/Johannesburg", "cape town": "Africa/Johannesburg",
  dubai: "Asia/Dubai", karachi: "Asia/Karachi", india: "Asia/Kolkata", bangalore: "Asia/Kolkata",
  bengaluru: "Asia/Kolkata", mumbai: "Asia/Kolkata", delhi: "Asia/Kolkata", "new delhi": "Asia/Kolkata",
  chennai: "Asia/Kolkata", hyderabad: "Asia/Kolkata", pune: "Asia/Kolkata", singapore: "Asia/Singapore",
  "kuala lumpur": "Asia/Kuala_Lumpur", jakarta: "Asia/Jakarta", bangkok: "Asia/Bangkok", manila: "Asia/Manila",
  "ho chi minh city": "Asia/Ho_Chi_Minh", "hong kong": "Asia/Hong_Kong", shanghai: "Asia/Shanghai",
  beijing: "Asia/Shanghai", shenzhen: "Asia/Shanghai", taipei: "Asia/Taipei", seoul: "Asia/Seoul",
  tokyo: "Asia/Tokyo", osaka: "Asia/Tokyo", sydney: "Australia/Sydney", melbourne: "Australia/Melbourne",
  brisbane: "Australia/Brisbane", perth: "Australia/Perth", adelaide: "Australia/Adelaide",
  auckland: "Pacific/Auckland", wellington: "Pacific/Auckland", "new zealand": "Pacific/Auckland",
  toronto: "America/Toronto", montreal: "America/Toronto", ottawa: "America/Toronto",
  "new york": "America/New_York", nyc: "America/New_York", boston: "America/New_York",
  washington: "America/New_York", atlanta: "America/New_York", miami: "America/New_York",
  eastern: "America/New_York", chicago: "America/Chicago", austin: "America/Chicago", dallas: "America/Chicago",
  central: "America/Chicago", denver: "America/Denver", mountain: "America/Denver", phoenix: "America/Phoenix",
  "san francisco": "America/Los_Angeles", sf: "America/Los_Angeles", "los angeles": "America/Los_Angeles",
  seattle: "America/Los_Angeles", portland: "America/Los_Angeles", pacific: "America/Los_Angeles",
  vancouver: "America/Vancouver", calgary: "America/Edmonton", halifax: "America/Halifax",
  "mexico city": "America/Mexico_City", "sao paulo": "America/Sao_Paulo", "são paulo": "America/Sao_Paulo",
  "buenos aires": "America/Argentina/Buenos_Aires", honolulu: "Pacific/Honolulu", hawaii: "Pacific/Honolulu",
};

/** Region names that only mean a zone when followed by "time" ("Pacific time", "Eastern time"). */
const NEEDS_TIME_SUFFIX: ReadonlySet<string> = new Set(["eastern", "central", "mountain", "pacific", "india", "uk"]);

const validity = new Map<string, boolean>();

/**
 * True when `zone` is an IANA zone name this runtime knows ("Europe/London", "UTC"). Checked
 * through luxon (Intl) once per name. Fixed offsets ("UTC+8") and abbreviations ("SGT") are not
 * IANA names: map them with {@link zoneFromName} first.
 */
export function isValidZone(zone: string): boolean {
  const known = validity.get(zone);
  if (known !== undefined) return known;
  const ok = (zone.includes("/") || zone === "UTC") && IANAZone.isValidZone(zone);
  validity.set(zone, ok);
  return ok;
}

/**
 * The IANA zone a name in a note means: an abbreviation ("SGT", "est"), a city or region
 * ("Toronto", "new york", "Pacific time"), or an IANA name itself ("Asia/Singapore"); null when
 * unknown. Case and surrounding spaces are ignored; a trailing " time" is allowed.
 */
export function zoneFromName(name: string): string | null {
  const trimmed = name.trim();
  if (isValidZone(trimmed)) return trimmed;
  const abbreviation = ABBREVIATIONS[trimmed.toUpperCase()];
  if (abbreviation !== undefined) return abbreviation;
  const key = trimmed.toLowerCase().replace(/\s+/g, " ");
  const withoutTime = key.replace(/ time$/, "");
  const place = PLACES[withoutTime];
  if (place === undefined) return null;
  return NEEDS_TIME_SUFFIX.has(withoutTime) && withoutTime === key ? null : place;
}

const byLengthDesc = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every abbreviation in the table, longest first (for building an alternation). */
export const ZONE_ABBREVIATION_NAMES: readonly string[] = Object.keys(ABBREVIATIONS).filter((a) => a !== "Z").sort(byLengthDesc);

/** Every place name in the table, longest first, spaces written `\s+` for matching prose. */
export const ZONE_PLACE_PATTERNS: readonly string[] = Object.keys(PLACES).sort(byLengthDesc).map((p) => escape(p).replace(/ /g, String.raw`\s+`));
