import { describe, expect, it } from "vitest";
import { collapse, extract, mayaNote } from "./helpers";

/**
 * One sentence per row, in a note by Maya Chen (Europe/London, day ends 17:30) dated Monday
 * 2026-11-23: the kind the sentence collapses to under the corpus precedence rule, and the
 * owner and deadline phrase of that candidate (null: none; undefined: not checked).
 */
type Row = readonly [sentence: string, kind: string, owner?: string | null, dueText?: string | null];

const ROWS: readonly Row[] = [
  // commitments: first person, third person, action items
  ["I'll send the brief by Wednesday.", "commitment", "Maya Chen", "by Wednesday"],
  ["I will send the release notes to Liam tomorrow morning.", "commitment", "Maya Chen", "tomorrow morning"],
  ["I'm going to refactor the billing module.", "commitment", "Maya Chen", null],
  ["I can take the on-call rotation next week.", "commitment", "Maya Chen", "next week"],
  ["Let me check with legal and get back to you by Thursday.", "commitment", "Maya Chen", "by Thursday"],
  ["We'll publish the changelog on Friday.", "commitment", "Maya Chen", "on Friday"],
  ["Sarah will handle the client brief by Wednesday.", "commitment", "Sarah Jones", "by Wednesday"],
  ["Wei Ling will run the load test tomorrow.", "commitment", "Wei Ling Tan", "tomorrow"],
  ["Priya will be presenting the research findings next week.", "commitment", "Priya", "next week"],
  ["Oliver and James will pair on the migration tomorrow.", "commitment", "Oliver; James", "tomorrow"],
  ["Dev team will deploy the hotfix tonight.", "commitment", "Dev", "tonight"],
  ["AI: Josh to open a PR for the flaky test.", "commitment", "Josh", null],
  ["Josh to create a doodle for the new meeting time.", "commitment", "Josh", null],
  ["Liam: I'll draft the Q1 roadmap by end of week.", "commitment", "Liam Tremblay", "by end of week"],
  ["[Leo] we will confirm the team by the end of the day", "commitment", "Leo", "by the end of the day"],
  ["@sjones will update the pricing page copy.", "commitment", "Sarah Jones", null],
  ["It was decided Victor would loop in Antoine.", "commitment", "Victor", null],
  ["ACTION ITEM: jberkus to draft the announcement.", "commitment", "jberkus", null],
  ["TODO(mrbobbytables): update the calendar invite.", "commitment", "mrbobbytables", null],
  ["Tim: will follow up with Dims.", "commitment", "Tim", null],
  ["Sam said they will look into it.", "commitment", "Sam", null],
  ["Paris volunteered to take notes next week.", "commitment", "Paris", "next week"],
  ["The SC will reach out to the release managers.", "commitment", "SC", null],
  ["Mark will send the meeting notes to the list.", "commitment", "Mark", null],
  ["The Steering Council will send a summary to the list.", "commitment", "Steering Council", null],
  // decisions (stated) and decision windows
  ["Decision: we go with vendor X because it keeps the scope small.", "decision", "Maya Chen"],
  ["We decided to ship the onboarding flow behind a flag.", "decision"],
  ["The SC agreed that the fund should pay for a second developer.", "decision"],
  ["Accepted PEP 673 (Self type).", "decision"],
  ["A decision was made to deprecate the flag.", "decision"],
  ["We agreed to postpone the launch to January because of the holiday freeze.", "decision"],
  ["Going forward we will use squash merges.", "decision"],
  ["Consensus was to keep the current schedule.", "decision"],
  ["The SC voted to accept PEP 701.", "decision"],
  ["PEP 701 is accepted.", "decision"],
  ["We'll go with the second option.", "decision"],
  ["I'm proceeding with Option A at 3pm Friday unless someone raises a blocker.", "decision"],
  ["We're going with vendor X unless there's a blocker by Wednesday.", "decision"],
  ["We will ship it Friday if nobody objects.", "decision"],
  // requests
  ["Input needed by Thursday EOD: which option should we take?", "request", "Maya Chen"],
  ["Decision needed: see options below.", "request"],
  ["Please take a look at the RFC and leave comments by EOD.", "request"],
  ["Could someone from Dev review the API spec by Friday?", "request"],
  ["Looking for feedback on the new onboarding copy.", "request"],
  ["We need your comments and feedback!", "request"],
  ["Please object this week if you have any concerns.", "request"],
  ["@sjones can you look at the pricing copy before Monday?", "request"],
  ["We need to decide on the vendor by Friday.", "request"],
  ["Any objections to merging the PR today?", "request"],
  ["PTAL at the KEP.", "request"],
  ["If anyone is interested, please reach out to Liam.", "request"],
  ["Reviewers needed for the KEP.", "request"],
  ["Please, everyone, fill out the survey by Friday.", "request"],
  ["Call for volunteers for the release team.", "request"],
  ["Anyone interested in helping with triage?", "request"],
  // dependencies
  ["I need sign-off from Dev before Friday EOD.", "dependency", "Maya Chen"],
  ["I'll have the mockups ready Thursday and need sign-off from Dev before Friday EOD.", "dependency"],
  ["Blocked until the API is merged.", "dependency"],
  ["This is blocked on the kuberuntime implementation.", "dependency"],
  ["Waiting on Wei Ling for the load test results.", "dependency"],
  ["Still waiting for legal to approve the contract.", "dependency"],
  ["The PR will need rebase after 87759 is merged.", "dependency"],
  ["The launch depends on the security review being signed off.", "dependency"],
  ["We can't ship until legal signs off.", "dependency"],
  ["Needs approval from SIG Arch.", "dependency"],
  ["On hold until after KubeCon.", "dependency"],
  ["The release is blocked.", "dependency"],
  // FYI
  ["FYI, no action required.", "fyi"],
  ["Heads up: the staging environment is down for maintenance Saturday.", "fyi"],
  ["Charter update FYI", "fyi"],
  // hard negatives
  ["Yesterday I finished the migration plan.", "none"],
  ["Kudos to the infra team for getting this done.", "none"],
  ["It will probably rain tomorrow.", "none"],
  ["The build will be slower this week.", "none"],
  ["Customers will see the new invoice layout once billing v2 ships.", "none"],
  ["Metrics will come from other systems.", "none"],
  ["Nothing blocking right now.", "none"],
  ["This is not blocking the release.", "none"],
  ["Meeting next week will clash with the offsite.", "none"],
  ["Zach is OOO this week; returns 9/30.", "none"],
  ["The SC discussed the backwards compatibility policy.", "none"],
  ["I'll be out on Friday.", "none"],
  ["We should probably revisit the caching strategy at some point.", "none"],
  ["Thanks everyone for the great demo!", "none"],
  ["The design review went well and everyone agreed.", "none"],
  ["If you have questions, ask in the channel.", "none"],
  ["Will be sold out by the end of September.", "none"],
  ["Time to ship!", "none"],
  ["Remember to escape the pipe character.", "none"],
  ["Kubernetes 1.27 will be released on April 11.", "none"],
  ["Tests will run on every PR.", "none"],
  ["CI will run the full suite tonight.", "none"],
  ["The PSF will fund the sprint.", "none"],
  ["Jordan will be out next week.", "none"],
  ["We discussed the roadmap for next quarter.", "none"],
  ["Attempts to return the provided value as a number.", "none"],
  ["The storage limit depends on your plan.", "none"],
  ["Accepted file formats are png and svg.", "none"],
  ["Unless you customise callouts, any unsupported type defaults to note.", "none"],
  ["If you need help with any of those topics, email the team.", "none"],
  ["Before submitting your pull request, please check for broken links.", "none"],
  ["No decision was made on the naming.", "none"],
  // added with the demo-vault and unseen-team work: each rule with a positive and a negative row
  ["I'm also going to rerun the benchmark on Thursday.", "commitment", "Maya Chen", "on Thursday"],
  ["I also went to the offsite.", "none"],
  ["I'll go over the survey results tomorrow.", "commitment", "Maya Chen", "tomorrow"],
  ["The launch will go well.", "none"],
  ["Half the slides are done, will finish them tomorrow.", "commitment", "Maya Chen", "tomorrow"],
  ["The cache is cold, will be slower today.", "none"],
  ["If nobody objects by Thursday, we'll archive the old board.", "decision"],
  ["Unless you pin a note, the newest one shows first.", "none"],
  ["After a short debate we agreed to drop the beta label.", "decision"],
  ["After it is approved, the doc moves to the wiki.", "none"],
  ["I need the final copy from Sarah before I can publish.", "dependency", "Maya Chen"],
  ["We need a break from meetings.", "none"],
  ["We can't send anything to the printer for the launch event until legal signs off.", "dependency"],
  ["If you're blocked on a review, ping the channel.", "none"],
  ["We're blocked on review from legal.", "dependency"],
  ["The weekly note lists what each of us is waiting on.", "none"],
  ["Still waiting on the vendor for a quote.", "dependency"],
  ["The template covers what needs a decision and what is done.", "none"],
  ["We need a decision on the hosting region by Friday.", "request", "Maya Chen", "by Friday"],
  ["Invite someone from your team to the workspace.", "none"],
  ["We'd welcome any thoughts on the naming.", "request"],
  ["A \"Decision needed\" line with nobody named goes to the product owner.", "none"],
  ["Please move your laptops off the desks by 5pm Friday.", "request", "Maya Chen", "by 5pm Friday"],
  ["Please note the office is closed Monday.", "none"],
  ["Design folks, can one of you check the contrast tomorrow?", "request", "Maya Chen"],
  ["Design folks said the contrast is fine.", "none"],
  ["I've uploaded the deck to the drive — could you add your notes by Thursday?", "request", "Maya Chen", "by Thursday"],
  ["I've uploaded the deck, you could add notes if you like.", "none"],
  ["Q for @sjones: should the banner stay?", "request", "Maya Chen"],
  ["Q3 planning starts next month.", "none"],
  ["Budget: we've agreed to cap the spend at 5k.", "decision", "Maya Chen"],
  ["Harbour & Co loved the samples and picked the blue label.", "decision"],
  ["Right-click the selected rows and pick Export.", "none"],
  ["Going forward, I'll send the metrics digest every Monday by 9am.", "commitment", "Maya Chen", "every Monday by 9am"],
  ["Going forward we will tag releases on Fridays.", "decision"],
  ["The printer still owes us the proofs.", "dependency", "Maya Chen"],
  ["We owe the printer a deposit.", "none"],
  ["The client's procurement team needs to approve the PO before we start.", "dependency"],
  ["You will also need to approve the invite.", "none"],
  ["Liam, I still need your export numbers for the board pack.", "dependency", "Maya Chen"],
  ["I still need your feedback on the draft.", "request"],
  ["The venue contract is still outstanding.", "dependency"],
  ["Outstanding work from the sprint moved to the backlog.", "none"],
  ["Deploys are stuck with the platform team until Monday.", "dependency"],
  ["Your workspace cannot be renamed without an admin.", "none"],
  ["Liam, can you push the retro to Thursday?", "request", "Maya Chen", null],
  ["Liam, can you send the retro notes by Thursday?", "request", "Maya Chen", "by Thursday"],
  ["Will will book the venue by Friday.", "commitment", "Will", "by Friday"],
];

describe("kinds, owners and deadline phrases per sentence", () => {
  it.each(ROWS)("%s → %s", (sentence, kind, owner, dueText) => {
    const candidates = extract(mayaNote(`${sentence}\n`));
    expect(collapse(candidates)).toBe(kind);
    const top = candidates.find((c) => c.kind === kind);
    if (owner !== undefined) expect(top?.owner ?? null).toBe(owner);
    if (dueText !== undefined) expect(top?.dueText ?? null).toBe(dueText);
  });
});

describe("fields beyond the kind", () => {
  it("a stated decision is adopted, with its choice and rationale", () => {
    const [d] = extract(mayaNote("Decision: we go with vendor X because it keeps the scope small.\n"));
    expect(d).toMatchObject({ kind: "decision", status: "adopted", choice: "vendor X", rationale: "because it keeps the scope small", title: "Go with vendor X", windowCloses: null });
  });

  it("a decision window is open and closes at the stated time in the writer's zone", () => {
    const [d] = extract(mayaNote("I'm proceeding with Option A at 3pm Friday unless someone raises a blocker.\n"));
    expect(d).toMatchObject({ kind: "decision", status: "open", choice: "Option A", windowText: "at 3pm Friday", windowCloses: "2026-11-27T15:00:00+00:00" });
  });

  it("a decision window without a time closes after the team's default window, counted from the end of the note's working day", () => {
    const [d] = extract(mayaNote("We will adopt the new lint config if nobody objects.\n"));
    // Monday 17:30 London + 48 hours.
    expect(d).toMatchObject({ kind: "decision", status: "open", windowText: null, windowCloses: "2026-11-25T17:30:00+00:00" });
  });

  it("the author's team window overrides the settings default", () => {
    const text = `---\nauthor: Sarah\ndate: 2026-11-23\n---\nWe will adopt the new palette if nobody objects.\n`;
    const [d] = extract(text, "Design/2026-11-23 Sarah.md");
    expect(d?.windowCloses).toBe("2026-11-24T17:00:00+00:00");
  });

  it("a dependency names the party and the action, resolved through the directory", () => {
    const candidates = extract(mayaNote("I'll have the mockups ready Thursday and need sign-off from Dev before Friday EOD.\n"));
    const dep = candidates.find((c) => c.kind === "dependency");
    const commitment = candidates.find((c) => c.kind === "commitment");
    expect(dep).toMatchObject({ parties: ["Dev"], action: "sign-off", dueText: "before Friday EOD", due: "2026-11-27T17:30:00+00:00", owner: "Maya Chen" });
    expect(commitment).toMatchObject({ title: "Have the mockups ready", dueText: "Thursday", due: "2026-11-26T17:30:00+00:00" });
  });

  it("a wait on a person keeps the party and what is waited for", () => {
    const [dep] = extract(mayaNote("Waiting on Wei Ling for the load test results.\n"));
    expect(dep).toMatchObject({ kind: "dependency", parties: ["Wei Ling Tan"], waitingFor: "the load test results" });
  });

  it("a request's parties are who is asked", () => {
    const [r] = extract(mayaNote("Could someone from Dev review the API spec by Friday?\n"));
    expect(r).toMatchObject({ kind: "request", owner: "Maya Chen", parties: ["Dev"], dueText: "by Friday" });
  });

  it("a named owner resolves to the People note and its path; the deadline is on the writer's clock", () => {
    const [c] = extract(mayaNote("Sarah will handle the client brief by Wednesday.\n"));
    // Maya wrote it: "by Wednesday" is the end of Maya's working day (17:30 London).
    expect(c).toMatchObject({ owner: "Sarah Jones", ownerPath: "People/Sarah Jones.md", due: "2026-11-25T17:30:00+00:00" });
  });

  it("the writer's zone and hours set their end of day", () => {
    const text = `---\nauthor: "[[Wei Ling Tan]]"\ndate: 2026-11-23\n---\nI'll send the load test results Thursday EOD.\n`;
    const [c] = extract(text, "Channels/infra/2026-11-23 Wei Ling.md");
    expect(c?.due).toBe("2026-11-26T18:00:00+08:00");
  });

  it("a recurring commitment carries its RRULE and next due", () => {
    const [c] = extract(mayaNote("I'll post the metrics every Monday by 10am.\n"));
    expect(c?.recurrence).toContain("FREQ=WEEKLY;BYDAY=MO");
    expect(c?.dueText).toBe("every Monday by 10am");
    expect(c?.due).toMatch(/^2026-11-(23|30)T10:00:00\+00:00$/);
  });
});
