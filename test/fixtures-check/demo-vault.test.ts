import { DateTime, Duration, IANAZone } from "luxon";
import { rrulestr } from "rrule";
import { describe, expect, it } from "vitest";
import {
  DEMO_NOW, DEMO_VAULT_DIR, HARD_NEGATIVES, PLANTED, PLANTED_BLOCKERS, PROSE_ONLY_NOTES,
  type PlantedStatement,
} from "./demo-vault-planted";
import { WIKILINK, linkTargets, linkedNote, loadVault, resolveLink, type VaultNote } from "./demo-vault-reader";

// Guards the demo vault (test/fixtures/demo-vault) against typos and drift: the demo, the engine
// tests and the screenshots all read it, so a misspelt zone or a dangling link must fail here
// first, naming the file.

/** Working hours `HH:MM-HH:MM`, 24-hour clock. Groups: start hour, start minute, end hour, end minute. */
const HOURS = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;
/** A calendar date `YYYY-MM-DD`. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An out-of-office day `YYYY-MM-DD` or range `YYYY-MM-DD..YYYY-MM-DD`. Groups: first day, last day. */
const DATE_RANGE = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/;
/** A span like `48h` or `30m` (respond_within, decision_window). */
const SPAN = /^[1-9]\d*[hm]$/;
/** A blocker line: optional list marker and checkbox, then Blocker / Objection / Concern. Group 1: the checkbox mark. */
const BLOCKER_LINE = /^\s*(?:[-*+]\s+(?:\[(.)\]\s+)?)?(?:Blocker|Objection|Concern)\b/;
/** A clock time in a deadline phrase: `9am`, `3 pm`, `10:30`. */
const CLOCK_TIME = /\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b/i;
/** Characters a note name may not contain: invalid on Windows/macOS or in an Obsidian link. */
const FORBIDDEN_NAME_CHAR = /[\\:*?"<>|#^[\]]/;

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const FIRST_DAY = "2026-11-16";
const LAST_DAY = "2026-11-23";

const vault = loadVault(DEMO_VAULT_DIR);
const notesIn = (folder: string): VaultNote[] => [...vault.notes.values()].filter((n) => n.path.startsWith(`${folder}/`));
const people = notesIn("People");
const teams = notesIn("Teams");
const isChannelNote = (n: VaultNote): boolean => n.path === `Channels/${n.basename}/${n.basename}.md`;
const updates = [...notesIn("Channels").filter((n) => !isChannelNote(n)), ...notesIn("Meetings"), ...notesIn("Proposals")];
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function personOf(note: VaultNote): VaultNote {
  const author = linkedNote(vault, note.note.data.author);
  if (!author?.path.startsWith("People/")) throw new Error(`${note.path}: author does not link to a People note`);
  return author;
}

function noteAt(path: string): VaultNote {
  const note = vault.notes.get(path);
  if (!note) throw new Error(`planted path is not a note in the vault: ${path}`);
  return note;
}

describe("the checker's patterns", () => {
  it.each([
    ["[[Maya Chen]]", ["Maya Chen"]],
    ["see [[Payments vendor|the vendor note]] and ![[Onboarding mockups v3#Changelog]]", ["Payments vendor", "Onboarding mockups v3"]],
    ["[[Channels/urgent/urgent]] and [[Note^ho-abc1234]]", ["Channels/urgent/urgent", "Note"]],
    ["[not a link] and [[unclosed", []],
  ])("WIKILINK finds the targets in %j", (text, targets) => {
    expect(linkTargets(text)).toEqual(targets);
    expect(text.match(WIKILINK)?.length ?? 0).toBe(targets.length);
  });

  it.each([
    [HOURS, "09:00-17:30", true], [HOURS, "08:00-16:00", true], [HOURS, "9:00-17:30", false], [HOURS, "09:00-24:00", false], [HOURS, "09:00 - 17:30", false],
    [DATE_RANGE, "2026-11-26..2026-11-27", true], [DATE_RANGE, "2026-11-26", true], [DATE_RANGE, "2026-11-26...2026-11-27", false],
    [SPAN, "4h", true], [SPAN, "48h", true], [SPAN, "0h", false], [SPAN, "4 h", false], [SPAN, "2d", false],
    [BLOCKER_LINE, "Blocker: legal is not done", true], [BLOCKER_LINE, "- [x] Concern: hints twice", true], [BLOCKER_LINE, "- Objection to the plan", true],
    [BLOCKER_LINE, "## Blockers", false], [BLOCKER_LINE, "- Nothing blocking right now.", false], [BLOCKER_LINE, "No engineering objection to it", false],
    [CLOCK_TIME, "by 9am SGT Friday", true], [CLOCK_TIME, "at 3 pm", true], [CLOCK_TIME, "at 10:30", true], [CLOCK_TIME, "by Thursday EOD", false], [CLOCK_TIME, "2026-11-19", false],
    [FORBIDDEN_NAME_CHAR, "2026-11-19 Processor: down", true], [FORBIDDEN_NAME_CHAR, "Q&A #2", true], [FORBIDDEN_NAME_CHAR, "2026-11-17 Maya Chen", false],
  ])("%s on %j is %s", (pattern, text, expected) => {
    expect(pattern.test(text)).toBe(expected);
  });
});

describe("demo vault files", () => {
  it("has only markdown notes, LF line ends, a final newline and portable names", () => {
    for (const path of vault.files) {
      expect(path, path).toMatch(/\.md$/);
      for (const part of path.slice(0, -".md".length).split("/")) {
        expect(FORBIDDEN_NAME_CHAR.test(part) || part.trim() !== part, `${path}: bad name`).toBe(false);
      }
    }
    for (const n of vault.notes.values()) {
      expect(n.text.includes("\r"), `${n.path}: CRLF`).toBe(false);
      expect(n.text.endsWith("\n"), `${n.path}: no final newline`).toBe(true);
      expect(n.note.error, n.path).toBeNull();
    }
  });

  it("resolves every wikilink, in bodies and frontmatter, to exactly one note", () => {
    const broken: string[] = [];
    for (const n of vault.notes.values()) {
      for (const target of linkTargets(n.text)) {
        const hits = resolveLink(vault, target).length;
        if (hits !== 1) broken.push(`${n.path}: [[${target}]] ${hits === 0 ? "points nowhere" : "is ambiguous"}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("People notes", () => {
  it("are 14 people: 5 in London, 5 in Singapore, 4 in Toronto, each with a valid IANA zone", () => {
    expect(people).toHaveLength(14);
    const zones = people.map((p) => str(p.note.data.timezone));
    for (const p of people) expect(IANAZone.isValidZone(str(p.note.data.timezone)), `${p.path}: timezone`).toBe(true);
    expect(zones.filter((z) => z === "Europe/London")).toHaveLength(5);
    expect(zones.filter((z) => z === "Asia/Singapore")).toHaveLength(5);
    expect(zones.filter((z) => z === "America/Toronto")).toHaveLength(4);
  });

  it("have hours HH:MM-HH:MM that start before they end, and workdays named Mon..Sun", () => {
    for (const p of people) {
      const m = HOURS.exec(str(p.note.data.hours));
      expect(m, `${p.path}: hours`).not.toBeNull();
      if (m) expect(`${m[1]}:${m[2]}` < `${m[3]}:${m[4]}`, `${p.path}: hours end before they start`).toBe(true);
      const days = list(p.note.data.workdays);
      expect(days.length, `${p.path}: workdays`).toBeGreaterThan(0);
      for (const d of days) expect(DAY_NAMES, `${p.path}: workday ${String(d)}`).toContain(d);
    }
    const hours = people.map((p) => str(p.note.data.hours));
    expect(hours.filter((h) => h === "08:00-16:00")).toHaveLength(1);
    expect(hours.filter((h) => h === "10:00-18:30")).toHaveLength(1);
    expect(people.filter((p) => list(p.note.data.workdays).length === 4).map((p) => p.basename)).toEqual(["Hana Yusof"]);
  });

  it("have a first name, an @handle and a git email among their aliases, and no alias is shared", () => {
    const seen = new Map<string, string>();
    for (const p of people) {
      const aliases = list(p.note.data.aliases).map(str);
      expect(aliases, p.path).toContain(p.basename.split(" ").slice(0, -1).join(" "));
      expect(aliases.some((a) => /^@[a-z]+$/.test(a)), `${p.path}: handle`).toBe(true);
      expect(aliases.some((a) => /^[a-z.]+@[a-z]+\.example$/.test(a)), `${p.path}: git email`).toBe(true);
      for (const a of aliases) {
        expect(seen.get(a.toLowerCase()), `alias ${a} is on two People notes`).toBeUndefined();
        seen.set(a.toLowerCase(), p.path);
      }
    }
  });

  it("belong to teams whose Team notes list them back", () => {
    for (const p of people) {
      const names = list(p.note.data.teams).map(str);
      expect(names.length, `${p.path}: teams`).toBeGreaterThan(0);
      for (const name of names) {
        const team = vault.notes.get(`Teams/${name}.md`);
        expect(team, `${p.path}: no Team note for ${name}`).toBeDefined();
        const members = list(team?.note.data.members).map((m) => linkedNote(vault, m)?.path);
        expect(members, `${team?.path ?? name} does not list ${p.basename}`).toContain(p.path);
      }
    }
  });

  it("write deep work as DTSTART (local, floating) + RRULE + DURATION lines that rrule and luxon parse", () => {
    const withDeepWork = people.filter((p) => p.note.data.deep_work !== undefined);
    expect(withDeepWork.map((p) => p.basename).sort()).toEqual(["Marcus Boateng", "Wei Ling Tan"]);
    for (const p of withDeepWork) {
      for (const block of list(p.note.data.deep_work).map(str)) {
        const lines = block.split("\n");
        expect(lines.map((l) => l.split(":")[0]), `${p.path}: deep_work lines`).toEqual(["DTSTART", "RRULE", "DURATION"]);
        expect(lines[0], `${p.path}: DTSTART must be floating local time`).toMatch(/^DTSTART:\d{8}T\d{6}$/);
        const duration = Duration.fromISO((lines[2] ?? "").slice("DURATION:".length));
        expect(duration.isValid && duration.as("minutes") > 0, `${p.path}: DURATION`).toBe(true);
        const rule = rrulestr(`${lines[0]}\n${lines[1]}`);
        expect(rule.all((_, i) => i < 3), `${p.path}: RRULE yields no dates`).toHaveLength(3);
      }
    }
  });

  it("give out-of-office as dates or ranges that run forward", () => {
    const away = people.filter((p) => p.note.data.out_of_office !== undefined);
    expect(away.map((p) => p.basename)).toEqual(["Sarah Okafor"]);
    for (const entry of list(away[0]?.note.data.out_of_office).map(str)) {
      const m = DATE_RANGE.exec(entry);
      expect(m, entry).not.toBeNull();
      const [first, last] = [DateTime.fromISO(m?.[1] ?? ""), DateTime.fromISO(m?.[2] ?? m?.[1] ?? "")];
      expect(first.isValid && last.isValid && first <= last, entry).toBe(true);
    }
  });
});

describe("Teams, channels and team settings", () => {
  it("Team notes list People as members and sign off with one of them", () => {
    expect(teams.map((t) => t.basename).sort()).toEqual(["Design", "Dev", "Product"]);
    for (const t of teams) {
      const members = list(t.note.data.members).map((m) => linkedNote(vault, m));
      for (const m of members) expect(m?.path.startsWith("People/"), `${t.path}: member`).toBe(true);
      expect(members.map((m) => m?.path), `${t.path}: signoff is not a member`).toContain(linkedNote(vault, t.note.data.signoff)?.path);
      if (t.note.data.decision_window !== undefined) expect(str(t.note.data.decision_window)).toMatch(SPAN);
    }
    expect(teams.reduce((n, t) => n + list(t.note.data.members).length, 0)).toBe(14);
  });

  it("every channel folder has its channel note with respond_within, an owner and a purpose", () => {
    const folders = new Set(notesIn("Channels").map((n) => n.path.split("/")[1]));
    expect([...folders].sort()).toEqual(["billing-v2", "design-system", "mobile-release", "onboarding-revamp", "urgent"]);
    for (const folder of folders) {
      const note = vault.notes.get(`Channels/${folder}/${folder}.md`);
      expect(note, `Channels/${folder}: no channel note`).toBeDefined();
      expect(str(note?.note.data.respond_within), `${folder}: respond_within`).toMatch(SPAN);
      expect(linkedNote(vault, note?.note.data.owner)?.path.startsWith("People/"), `${folder}: owner`).toBe(true);
      expect(str(note?.note.data.purpose).length, `${folder}: purpose`).toBeGreaterThan(10);
    }
    expect(vault.notes.get("Channels/urgent/urgent.md")?.note.data.respond_within).toBe("1h");
  });

  it("the settings note has every key the brief names, with valid values", () => {
    const s = vault.notes.get("Handoff/Team settings.md")?.note.data ?? {};
    expect(IANAZone.isValidZone(str(s.timezone))).toBe(true);
    expect(HOURS.test(`${str(s.workday_start)}-${str(s.workday_end)}`)).toBe(true);
    expect(str(s.decision_window)).toMatch(SPAN);
    const owners = (s.decision_owners ?? {}) as Record<string, unknown>;
    expect(Object.keys(owners).sort()).toEqual(["design", "engineering", "product"]);
    for (const v of Object.values(owners)) expect(linkedNote(vault, v)?.path.startsWith("People/")).toBe(true);
    for (const key of ["channels_folder", "people_folder", "teams_folder", "items_folder"]) {
      expect(vault.files.some((f) => f.startsWith(`${str(s[key])}/`)), `${key}: folder missing`).toBe(true);
    }
  });
});

describe("update notes", () => {
  it("are 40 to 60 notes, each with an author linking to a People note and a date in the demo week", () => {
    expect(updates.length).toBeGreaterThanOrEqual(40);
    expect(updates.length).toBeLessThanOrEqual(60);
    for (const u of updates) {
      const author = personOf(u);
      const date = str(u.note.data.date);
      expect(date, `${u.path}: date`).toMatch(ISO_DATE);
      expect(date >= FIRST_DAY && date <= LAST_DAY, `${u.path}: date outside the demo week`).toBe(true);
      const weekday = DAY_NAMES[DateTime.fromISO(date).weekday - 1];
      expect(list(author.note.data.workdays), `${u.path}: written on ${author.basename}'s day off`).toContain(weekday);
    }
  });

  it("name channel updates after their date and author (urgent notes after their date and topic)", () => {
    for (const u of updates.filter((n) => n.path.startsWith("Channels/"))) {
      const date = str(u.note.data.date);
      expect(u.basename.startsWith(`${date} `), `${u.path}: name does not start with its date`).toBe(true);
      if (!u.path.startsWith("Channels/urgent/")) expect(u.basename, u.path).toBe(`${date} ${personOf(u).basename}`);
    }
  });
});

describe("planted statements", () => {
  const writerOf = (s: PlantedStatement) => personOf(noteAt(s.path));

  it("counts match the README", () => {
    const count = (kind: string) => PLANTED.filter((s) => s.kind === kind).length;
    expect([count("commitment"), count("decision"), count("request"), count("fyi"), count("dependency")]).toEqual([34, 8, 8, 3, 7]);
    expect([PLANTED_BLOCKERS.length, HARD_NEGATIVES.length]).toEqual([2, 22]);
  });

  it("each text is in its note exactly once, on one line", () => {
    for (const s of [...PLANTED, ...PLANTED_BLOCKERS, ...HARD_NEGATIVES]) {
      const text = noteAt(s.path).text;
      expect(text.split(s.text).length - 1, `${s.path}: ${s.text}`).toBe(1);
      expect(s.text.includes("\n")).toBe(false);
    }
  });

  it("owners and parties are People or Team notes", () => {
    for (const s of PLANTED) {
      for (const name of [s.owner, ...(s.parties ?? [])]) {
        if (name === null) continue;
        const hits = resolveLink(vault, name);
        expect(hits.length === 1 && /^(People|Teams)\//.test(hits[0]?.path ?? ""), `${s.path}: ${name}`).toBe(true);
      }
    }
  });

  it("deadlines carry the offset of the zone they were meant in, and a bare day ends at the writer's hours end", () => {
    for (const s of PLANTED) {
      for (const iso of [s.due, s.windowCloses, s.firstDue, s.nextDueAfterDemoNow]) {
        if (iso === null || iso === undefined) continue;
        const writer = writerOf(s);
        const zone = s.dueZone ?? str(writer.note.data.timezone);
        const at = DateTime.fromISO(iso, { setZone: true });
        expect(at.isValid, `${s.path}: ${iso}`).toBe(true);
        expect(at.offset, `${s.path}: ${iso} is not in ${zone}`).toBe(at.setZone(zone).offset);
        if (!CLOCK_TIME.test(s.dueText ?? "")) {
          expect(at.toFormat("HH:mm"), `${s.path}: ${s.dueText ?? ""}`).toBe(str(writer.note.data.hours).split("-")[1]);
        }
      }
    }
  });

  it("states at demo-now agree with the deadlines, windows and blockers", () => {
    const now = DateTime.fromISO(DEMO_NOW);
    for (const s of PLANTED.filter((p) => p.kind === "commitment" || p.kind === "dependency")) {
      const expected = s.completed ? "done" : s.due && DateTime.fromISO(s.due) < now ? "overdue" : "open";
      expect(s.atDemoNow, `${s.path}: ${s.text}`).toBe(expected);
    }
    for (const s of PLANTED.filter((p) => p.kind === "decision")) {
      if (s.windowCloses === undefined) { expect(s.atDemoNow).toBe("adopted"); continue; }
      const writer = writerOf(s);
      const day = DateTime.fromISO(str(noteAt(s.path).note.data.date), { zone: str(writer.note.data.timezone) });
      const [earliest, latest] = s.windowCloses
        ? [DateTime.fromISO(s.windowCloses), DateTime.fromISO(s.windowCloses)]
        : [day.plus({ hours: 48 }), day.endOf("day").plus({ hours: 48 })];
      const blocked = PLANTED_BLOCKERS.some((b) => b.decisionPath === s.path && b.open);
      const expected = earliest > now ? "open" : latest <= now ? (blocked ? "contested" : "adopted") : "ambiguous";
      expect(s.atDemoNow, `${s.path}: ${s.text}`).toBe(expected);
    }
  });

  it("rituals fall on their rule's weekday, and the next one is the first after demo-now", () => {
    const now = DateTime.fromISO(DEMO_NOW);
    const rituals = PLANTED.filter((s) => s.recurrence !== undefined);
    expect(rituals).toHaveLength(2);
    for (const s of rituals) {
      const byday = /BYDAY=([A-Z]{2})/.exec(s.recurrence ?? "")?.[1];
      const [first, next] = [DateTime.fromISO(s.firstDue ?? "", { setZone: true }), DateTime.fromISO(s.nextDueAfterDemoNow ?? "", { setZone: true })];
      for (const at of [first, next]) expect(at.toFormat("EEE").slice(0, 2).toUpperCase(), s.text).toBe(byday);
      expect(s.due, s.text).toBeNull();
      expect((first.toISODate() ?? "") >= str(noteAt(s.path).note.data.date), s.text).toBe(true);
      expect(next > now && next.minus({ weeks: 1 }) <= now, `${s.text}: next due`).toBe(true);
    }
  });

  it("answered requests are linked from a later note by someone else; unanswered ones are not", () => {
    for (const s of PLANTED.filter((p) => p.kind === "request")) {
      const asker = s.owner;
      const date = str(noteAt(s.path).note.data.date);
      const replies = updates.filter((u) => personOf(u).basename !== asker && str(u.note.data.date) >= date
        && linkTargets(u.text).some((t) => resolveLink(vault, t)[0]?.path === s.path));
      expect(replies.map((r) => r.path), `${s.path}: ${s.text}`).toEqual(s.answeredIn ? [s.answeredIn] : []);
    }
  });

  it("delivery notes exist and are no earlier than the promise", () => {
    for (const s of PLANTED.filter((p) => p.deliveredIn)) {
      expect(str(noteAt(s.deliveredIn ?? "").note.data.date) >= str(noteAt(s.path).note.data.date), s.text).toBe(true);
    }
  });

  it("blockers link to their decision, and are the only blocker lines in notes that link to a decision", () => {
    const decisionPaths = new Set(PLANTED.filter((s) => s.kind === "decision").map((s) => s.path));
    for (const b of PLANTED_BLOCKERS) {
      const note = noteAt(b.path);
      expect(linkTargets(note.text).some((t) => resolveLink(vault, t)[0]?.path === b.decisionPath), b.path).toBe(true);
      expect(personOf(note).basename).toBe(b.author);
      const line = note.text.split("\n").find((l) => l.includes(b.text)) ?? "";
      const m = BLOCKER_LINE.exec(line);
      expect(m, `${b.path}: not a blocker line`).not.toBeNull();
      expect(!(m?.[1] === "x" || /\bresolved\b/i.test(line)), `${b.path}: open`).toBe(b.open);
    }
    for (const n of vault.notes.values()) {
      const linksDecision = decisionPaths.has(n.path) || linkTargets(n.text).some((t) => decisionPaths.has(resolveLink(vault, t)[0]?.path ?? ""));
      if (!linksDecision) continue;
      for (const line of n.text.split("\n").filter((l) => BLOCKER_LINE.test(l))) {
        expect(PLANTED_BLOCKERS.some((b) => b.path === n.path && line.includes(b.text)), `${n.path}: unplanted blocker line ${line}`).toBe(true);
      }
    }
  });

  it("prose-only notes exist and carry no planted statement", () => {
    for (const path of PROSE_ONLY_NOTES) {
      noteAt(path);
      expect(PLANTED.some((s) => s.path === path), path).toBe(false);
    }
  });
});
