/**
 * Today's written update ("new async update" command): a note in my channel named
 * `<YYYY-MM-DD> <My Name>.md`, with the author and date in its frontmatter and the four
 * headings a standup becomes when written down. The date is today in MY zone, so a teammate in
 * Singapore and one in Toronto each get their own day. Pure: no `obsidian` import, no clock
 * (`now` is passed in).
 */
import { DateTime } from "luxon";
import { formatWikilink } from "../store/wikilink";

/** The headings of an async update, in order. The extractor reads "Blockers" and "Decisions needed" sections for what they are. */
export const UPDATE_HEADINGS = ["Done", "Next", "Blockers", "Decisions needed"] as const;

/** Characters a file or folder name cannot hold on some system Obsidian runs on. */
const UNSAFE_NAME = /[\\/:*?"<>|#^[\]]/;

/** Where today's update goes and what it starts as. */
export interface AsyncUpdate {
  readonly path: string;
  readonly text: string;
  readonly date: string;
}

/**
 * Today's update for `name` (my People note's name) in `channel` under `channelsFolder`.
 * `now` is an ISO instant, `zone` my IANA zone. Throws when the name or channel cannot be a
 * file or folder name (the caller checks user input with {@link nameProblem} first).
 */
export function asyncUpdate(channelsFolder: string, channel: string, name: string, now: string, zone: string): AsyncUpdate {
  for (const part of [channel, name]) {
    const problem = nameProblem(part);
    if (problem) throw new RangeError(problem);
  }
  const at = DateTime.fromISO(now, { zone });
  if (!at.isValid) throw new RangeError(`now must be an ISO instant and zone an IANA zone, got "${now}" in "${zone}"`);
  const date = at.toISODate();
  const sections = UPDATE_HEADINGS.map((h) => `## ${h}\n- \n`).join("\n");
  const text = `---\nauthor: "${formatWikilink(name)}"\ndate: ${date}\n---\n${sections}`;
  return { path: `${channelsFolder}/${channel}/${date} ${name}.md`, text, date };
}

/** Why `name` cannot be a file or folder name, or null when it can. */
export function nameProblem(name: string): string | null {
  if (name.trim() === "") return "The name is empty.";
  if (name !== name.trim()) return `"${name}" starts or ends with a space.`;
  if (UNSAFE_NAME.test(name) || name.startsWith(".")) return `"${name}" holds a character a file name cannot have (\\ / : * ? " < > | # ^ [ ]) or starts with a dot.`;
  return null;
}
