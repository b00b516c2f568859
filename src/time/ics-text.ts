/**
 * The text layer of an RFC 5545 calendar: escaping TEXT values, date-time values, and content
 * lines joined with CRLF and folded at 75 octets. Pure; no zone is read from the machine.
 */

/** Characters a TEXT value escapes with a backslash (RFC 5545 3.3.11): backslash, semicolon, comma. */
export const TEXT_SPECIALS = /[\\;,]/g;

/** Line breaks inside a TEXT value, written as `\n`. */
export const TEXT_NEWLINE = /\r\n|\r|\n/g;

/** The longest content line in octets, CRLF excluded (RFC 5545 3.1). */
export const FOLD_OCTETS = 75;

const encoder = new TextEncoder();

/** A TEXT value escaped: `\\`, `\;`, `\,` and `\n` for line breaks. */
export function escapeText(value: string): string {
  return value.replace(TEXT_SPECIALS, (c) => `\\${c}`).replace(TEXT_NEWLINE, "\\n");
}

/**
 * One content line folded at {@link FOLD_OCTETS} octets of UTF-8: the first piece holds up to 75
 * octets, each continuation a space and up to 74 more. A multi-byte character is never split.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= FOLD_OCTETS) return line;
  const pieces: string[] = [];
  let piece = "";
  let octets = 0;
  let limit = FOLD_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = "";
      octets = 0;
      limit = FOLD_OCTETS - 1;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join("\r\n ");
}

/** Content lines as a calendar file: each folded, every line ended by CRLF. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join("");
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** An instant as a UTC DATE-TIME, `20261126T170000Z`. */
export function utcDateTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** A local DATE-TIME without zone (for `TZID=` properties): `2026-11-30` + 600 minutes → `20261130T100000`. */
export function localDateTime(date: string, minutes: number): string {
  return `${date.replace(/-/g, "")}T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`;
}

/** A UTC offset in minutes as RFC 5545 writes it: 480 → `+0800`, -210 → `-0330`. */
export function utcOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Minutes as an RFC 5545 DURATION: 90 → `PT1H30M`, 60 → `PT1H`, 0 → `PT0S`. */
export function durationValue(minutes: number): string {
  if (minutes === 0) return "PT0S";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ""}${rest > 0 ? `${rest}M` : ""}`;
}
