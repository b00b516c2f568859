/**
 * Lines Handoff adds to the free part of a decision note (below its `Source:` line): entries
 * under `## Log`, what happened to the decision, for its owner to read. Only ever appends under a heading of its own name;
 * nothing a person wrote is moved or changed, and an entry already present is not added again,
 * so two devices adding the same entry write the same bytes.
 */

/** A level-2 heading line (group 1 its text). */
export const H2_LINE = /^##[ \t]+(.+?)[ \t]*#*[ \t]*$/;

/** A heading of level 1 or 2: where a level-2 section ends. */
export const SECTION_END = /^#{1,2}[ \t]/;

/** The heading the decision log goes under. */
export const LOG_SECTION = "Log";

/**
 * `text` with `line` added as the last line of the section headed `## <section>` (the first such
 * heading, matched case-insensitively); when the note has no such section, the heading and the
 * line are added at the end. Returns `text` unchanged when that exact line is already in the
 * section. `line` must be one line (a newline in it is a programmer error and throws).
 */
export function appendToSection(text: string, section: string, line: string): string {
  if (/[\r\n]/.test(line)) throw new RangeError(`appendToSection: the line must be one line, got ${JSON.stringify(line)}`);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const want = section.toLowerCase();
  const head = lines.findIndex((l) => H2_LINE.exec(l)?.[1]?.toLowerCase() === want);
  if (head < 0) {
    const body = text.replace(/(?:\r?\n)*$/, "");
    return `${body}${eol}${eol}## ${section}${eol}${eol}${line}${eol}`;
  }
  let end = head + 1;
  while (end < lines.length && !SECTION_END.test(lines[end])) end++;
  const inSection = lines.slice(head + 1, end);
  if (inSection.some((l) => l === line)) return text;
  let last = end - 1;
  while (last > head && lines[last].trim() === "") last--;
  const at = last === head ? head + 1 : last + 1;
  const insert = last === head ? ["", line] : [line];
  const out = [...lines.slice(0, at), ...insert, ...lines.slice(at)];
  if (at >= lines.length - 1 && out[out.length - 1] !== "") out.push("");
  return out.join(eol);
}
