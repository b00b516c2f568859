import { describe, expect, it } from "vitest";
import { extract, mayaNote } from "./helpers";

/**
 * Rules that depend on where a sentence stands: its heading or label, whether it is the first
 * sentence of its line, a "Blocker:" or "Concern:" label, an owner field. Each row is a note body
 * (in a note by Maya Chen dated Monday 2026-11-23, unless it says otherwise) and every non-FYI
 * candidate expected from it, as `kind: start of the text` (owner after " @ " when checked).
 * The sentences are our own, in wordings the demo vault does not use.
 */
type Row = readonly [rule: string, body: string, expected: readonly string[]];

const ROWS: readonly Row[] = [
  // A requests heading makes a line a request only when the line asks.
  ["requests heading: only asking lines", "## Decisions needed\n- None yet.\n- My vote is B.\n- Which CDN do we keep?\n- Nothing else this week.\n", ["request: Which CDN do we keep?"]],
  ["requests heading: one ask, its options are not asks", "## Decisions needed\nDecision needed: pick a hosting region, options below.\n\n1. Frankfurt. Closest to most users.\n2. Dublin. Cheaper by a third.\n\nMy vote is 2. It is an infra call, so Liam decides.\n", ["request: Decision needed: pick a hosting region"]],
  ["requests heading: sentences after the ask explain it", "## Asks\n- Could someone from Dev check the invoice totals by Friday? Mostly the currency rounding. I'm not sure the yen case holds.\n", ["request: Could someone from Dev check"]],
  ["questions heading: a question is an ask, a statement is not", "## Questions\n- Should the export include archived projects?\n- The export already skips drafts.\n", ["request: Should the export include"]],
  ["requests heading: a status of an earlier ask is not one", "## Input needed\n- The naming question from last week is still open, so the banner keeps the old name.\n", []],
  // A decisions heading makes the first sentence of a line a decision.
  ["decisions heading: first sentence only, no thanks", "## Decisions\n- We keep weekly releases. The hotfix lane stays as it is, and nobody needs to change their process.\n- Thanks Liam for writing it up.\n", ["decision: We keep weekly releases."]],
  ["a decision referred to is not a new one", "The launch runs in two waves, as agreed at the offsite.\n", []],
  ["a decision after a reference is one", "As agreed, we decided to keep the old pricing page.\n", ["decision: As agreed, we decided"]],
  // A blockers heading makes the first sentence of a line a dependency when it names a need or a thing.
  ["blockers heading: the line, not its explanation", "## Blockers\n- Staging credentials from Infra. They said Thursday. The ticket is in their queue.\n", ["dependency: Staging credentials from Infra."]],
  ["blockers heading: none, then a fact", "## Blockers\nNone so far. Legal has had the draft since Monday.\n", []],
  ["blockers heading: a noun phrase is what blocks", "## Blockers\n- Venue contract (see the thread in [[2026-11-20 Offsite]])\n", ["dependency: Venue contract"]],
  // "Blocker:" is a dependency when it names what is waited on; "Concern:" and "Objection:" never are items.
  ["Blocker: a statement is a decision blocker", "Blocker: the pricing review is not finished.\n", []],
  ["Blocker: a thing waited on", "Blocker: staging credentials from Infra.\n", ["dependency: Blocker: staging credentials"]],
  ["Blocker: with its own dependency words", "Blocker: we can't deploy until the certificate is renewed.\n", ["dependency: Blocker: we can't deploy"]],
  ["Concern: never an item, not even a checkbox", "- [ ] Concern: the banner hides the save button on small screens.\n- [x] Objection — two launches in one week is too many. Resolved: the second one moves.\n", []],
  // Under "Next", a bare noun phrase in an update is the writer's to-do; a statement is not.
  ["next heading: noun phrase yes, statements no", "## Next\n- Accessibility pass on the settings page\n- The venue is booked for the 3rd.\n- Same as yesterday\n- Spent the morning on the spec\n- Dark mode stays behind the flag\n- Out on Friday\n", ["commitment: Accessibility pass on the settings page @ Maya Chen"]],
  ["compound heading: Today / this week", "## Today / this week\n- Writing the migration guide (ETA Thursday)\n", ["commitment: Writing the migration guide @ Maya Chen"]],
  ["compound heading with two sections is neither", "## Done / next\n- Accessibility pass on the settings page\n", []],
  ["bare label line: Next", "Next\n- Budget review with finance\n", ["commitment: Budget review with finance @ Maya Chen"]],
  ["bare label line: not a section", "Notes\n- Budget review with finance\n", []],
  // "Waiting on" says every line is waited for; "Dependencies" in documentation lists packages.
  ["waiting-on heading: every first sentence", "## Waiting on\n- Venue floor plan (via Sarah). It was promised last week.\n- Nothing else\n", ["dependency: Venue floor plan (via Sarah)."]],
  // Standup shorthand labels.
  ["Y/T/B labels: T is today's work, Y is done", "**Y:** wrote the survey intro\n**T:** draft the survey questions\n", ["commitment: **T:** draft the survey questions @ Maya Chen"]],
  // Under "Done", work is reported, but an ask is still an ask.
  ["done heading: an ask in it", "## Done\n- Shipped the export.\n\nThe logo files are outdated. Design folks: can one of you send new ones by Friday?\n", ["request: Design folks: can one of you @ Maya Chen"]],
  ["done heading: reports, even with decision words", "## Done\n- Reviewed Liam's plan and approved it.\n- Went through the mockups and signed them off.\n", []],
  // Owners in action items.
  ["action items: owner fields and leading names", "Actions:\n- Draft the FAQ, owner: @sjones, due Friday\n- Liam — book the venue\n- Chase the printer quote — owner: Wei Ling\n", ["commitment: Draft the FAQ @ Sarah Jones", "commitment: Liam — book the venue @ Liam Tremblay", "commitment: Chase the printer quote @ Wei Ling Tan"]],
  ["action items: a TBD line is nothing", "Actions:\n- Next retro: TBD, probably the 4th\n", []],
  // Sentence ends after a date abbreviation.
  ["a month abbreviation ends a sentence before a capital", "Liam will demo it on 26 Nov. Sarah to write the summary.\n", ["commitment: Liam will demo it on 26 Nov. @ Liam Tremblay", "commitment: Sarah to write the summary. @ Sarah Jones"]],
];

describe("rules that read a sentence's place in the note", () => {
  it.each(ROWS)("%s", (_rule, body, expected) => {
    const got = extract(mayaNote(body))
      .filter((c) => c.kind !== "fyi")
      .map((c) => ({ c, text: `${c.kind}: ${c.text}` }));
    const wanted = expected.map((e) => {
      const [head, owner] = e.split(" @ ");
      return { head: head ?? e, owner };
    });
    expect(got.length, got.map((g) => g.text).join("\n")).toBe(wanted.length);
    for (const [i, w] of wanted.entries()) {
      const g = got[i];
      expect(g?.text.startsWith(w.head), `${g?.text} should start with ${w.head}`).toBe(true);
      if (w.owner !== undefined) expect(g?.c.owner).toBe(w.owner);
    }
  });

  it("a bare noun phrase under Next needs a writer: a meeting note without an author gives nothing", () => {
    const text = "---\ndate: 2026-11-23\n---\n## Next\n- Accessibility pass on the settings page\n";
    expect(extract(text, "Meetings/2026-11-23 Sync.md").filter((c) => c.kind !== "fyi")).toEqual([]);
  });

  it("a Dependencies heading in documentation lists packages, not waits; a Waiting on heading in documentation is not a team's wait", () => {
    const docs = "# Building\n\n## Dependencies\n- Node 20\n- TypeScript 5.9\n\n## Waiting on\n- The network, when you first sync\n";
    expect(extract(docs, "Docs/Building.md").filter((c) => c.kind !== "fyi")).toEqual([]);
  });

  it("titles stop at the clause boundary and keep no space before punctuation", () => {
    const [c] = extract(mayaNote("## Next\n- Sarah will handle the client brief by Wednesday, so the interviews can be booked.\n"));
    expect(c?.title).toBe("Handle the client brief");
    const [d] = extract(mayaNote("- I'm going to rotate the API keys before Thursday; the current ones expire on the 28th.\n"));
    expect(d?.title).toBe("Rotate the API keys");
  });

  it("a date in a wikilink is a note's name, not a deadline", () => {
    const [c] = extract(mayaNote("Waiting on the notes in [[2026-11-20 Retro]].\n"));
    expect(c).toMatchObject({ kind: "dependency", due: null, dueText: null });
  });
});
