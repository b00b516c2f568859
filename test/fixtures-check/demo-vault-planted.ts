/**
 * What was planted in the demo vault (`test/fixtures/demo-vault/`), so engine, review and view
 * tests can assert on it without re-reading the story. `demo-vault.test.ts` checks every entry
 * against the vault (the text is really there, once, on one line; names resolve; deadlines agree
 * with the writer's zone and hours; outcomes agree with {@link DEMO_NOW}), so this list and the
 * vault cannot drift apart silently.
 *
 * Labels follow the corpus rule: one label per sentence, and where a sentence mixes acts,
 * dependency > decision window > request > commitment > plain decision.
 *
 * Expected deadlines follow DESIGN's time conventions: the reference is the note's own `date`;
 * a day without a time is the end of the writer's working day (their People note `hours`, so
 * 17:30 for most, 16:00 for Noah, 18:30 for Olivia); "before X" is the end of the working day
 * before X; "end of week" is Friday's end of day and "next week" is next Friday's; an explicit
 * zone ("9am SGT") wins. In November 2026 London is +00:00, Singapore +08:00, Toronto -05:00.
 */

/** The instant the demo and the fixture's outcomes are computed at: Tuesday 24 November 2026, 10:00 UTC. */
export const DEMO_NOW = "2026-11-24T10:00:00Z";

/** Root of the demo vault, relative to the repository root. */
export const DEMO_VAULT_DIR = "test/fixtures/demo-vault";

/** The kinds of statement planted (the engine's `ItemKind`s). */
export type PlantedKind = "commitment" | "decision" | "request" | "dependency" | "fyi";

/**
 * Where a planted statement stands at {@link DEMO_NOW} in the story, from the record alone
 * (no person has ticked anything on the board yet):
 * - commitments and dependencies: `open` (due later or no due), `overdue` (due before now), `done` (ticked checkbox);
 * - decisions: `adopted` (stated as made, or window closed with no open blocker), `contested`
 *   (window closed with a blocker open), `open` (window still open);
 * - requests: `answered` (a later note links to it and answers, see `answeredIn`), `unanswered`;
 * - fyi: `fyi`.
 */
export type DemoNowState = "open" | "overdue" | "done" | "adopted" | "contested" | "answered" | "unanswered" | "fyi";

/** One planted sentence that should become a candidate of `kind`. */
export interface PlantedStatement {
  readonly kind: PlantedKind;
  /** Vault-relative path of the source note. */
  readonly path: string;
  /** Verbatim text of the sentence (without list marker or checkbox), found once on one line of the note. */
  readonly text: string;
  /** Which wording this plants, e.g. `first-person`, `ai-prefix`, `tasks-checkbox`. */
  readonly form: string;
  /** Who owes it (commitment), decided it (decision), asks (request) or waits (dependency): a People note name. */
  readonly owner: string | null;
  /** Deadline or needed-by, ISO 8601 with the offset of the zone the phrase meant; null when none. */
  readonly due: string | null;
  /** The deadline phrase as written; null when none. */
  readonly dueText: string | null;
  /** Zone of `due` when the text names one ("9am SGT"); otherwise the writer's zone applies. */
  readonly dueZone?: string;
  readonly atDemoNow: DemoNowState;
  /** request: who is asked; dependency: who is waited on (People or Team note names). */
  readonly parties?: readonly string[];
  /** dependency: the action the party must take, when it is one. */
  readonly action?: string;
  /** dependency: what is waited for when it is a thing. */
  readonly waitingFor?: string;
  /** decision: when its window closes; `null` with `windowDefault` when the 48-hour default applies. */
  readonly windowCloses?: string | null;
  readonly windowDefault?: boolean;
  /**
   * recurring commitment (`due` is null): the RRULE parts the rule must contain, the first
   * occurrence on or after the note's date, and the next occurrence after DEMO_NOW.
   */
  readonly recurrence?: string;
  readonly firstDue?: string;
  readonly nextDueAfterDemoNow?: string;
  /** checkbox lines: completion date (✅) and priority from Tasks' emoji. */
  readonly completed?: string;
  readonly priority?: "highest" | "high" | "medium" | "low" | "lowest";
  /** request: the note that answers it (links to the request's note). */
  readonly answeredIn?: string;
  /** commitment: a later note where the story reports it delivered (the record cannot know that on its own). */
  readonly deliveredIn?: string;
}

/** A blocker, objection or concern line on a decision, in a note that links to the decision's note. */
export interface PlantedBlocker {
  readonly path: string;
  readonly text: string;
  readonly author: string;
  /** Vault path of the note holding the decision it blocks. */
  readonly decisionPath: string;
  /** False once checked off or marked resolved. */
  readonly open: boolean;
}

/** A sentence that must NOT become an item, with why. */
export interface HardNegative {
  readonly path: string;
  readonly text: string;
  readonly why: string;
}

const MEETING = "Meetings/2026-11-16 Monday context call.md";
const ONBOARDING_PROPOSAL = "Proposals/Onboarding flow options.md";
const VENDOR_PROPOSAL = "Proposals/Payments vendor.md";
const ch = (channel: string, date: string, name: string): string => `Channels/${channel}/${date} ${name}.md`;

/** Commitments: 34 (2 done checkboxes, 2 recurring rituals, 5 from the meeting's action items). */
export const PLANTED_COMMITMENTS: readonly PlantedStatement[] = [
  { kind: "commitment", path: MEETING, text: "AI: Josh to open a PR for the retry logic", form: "ai-prefix", owner: "Josh Levesque", due: null, dueText: null, atDemoNow: "open", deliveredIn: ch("billing-v2", "2026-11-18", "Josh Levesque") },
  { kind: "commitment", path: MEETING, text: "Wei Ling: I'll send the load test results by 9am SGT Friday", form: "name-colon-first-person", owner: "Wei Ling Tan", due: "2026-11-20T09:00:00+08:00", dueText: "by 9am SGT Friday", dueZone: "Asia/Singapore", atDemoNow: "overdue", deliveredIn: ch("billing-v2", "2026-11-20", "Wei Ling Tan") },
  { kind: "commitment", path: MEETING, text: "AI: Daniel to chase legal on the Tillpoint contract review by Wednesday", form: "ai-prefix", owner: "Daniel Lim", due: "2026-11-18T17:30:00+00:00", dueText: "by Wednesday", atDemoNow: "overdue" },
  { kind: "commitment", path: MEETING, text: "AI: Maya to write up the onboarding options as a proposal by Wednesday", form: "ai-prefix", owner: "Maya Chen", due: "2026-11-18T17:30:00+00:00", dueText: "by Wednesday", atDemoNow: "overdue", deliveredIn: ONBOARDING_PROPOSAL },
  { kind: "commitment", path: MEETING, text: "AI: Arjun to pull iOS 15 usage numbers before Thursday", form: "ai-prefix", owner: "Arjun Menon", due: "2026-11-18T17:30:00+00:00", dueText: "before Thursday", atDemoNow: "overdue", deliveredIn: ch("mobile-release", "2026-11-18", "Arjun Menon") },
  { kind: "commitment", path: ch("onboarding-revamp", "2026-11-16", "Maya Chen"), text: "Sarah will handle the client brief by Wednesday", form: "third-person", owner: "Sarah Okafor", due: "2026-11-18T17:30:00+00:00", dueText: "by Wednesday", atDemoNow: "overdue", deliveredIn: ch("billing-v2", "2026-11-17", "Sarah Okafor") },
  { kind: "commitment", path: ch("onboarding-revamp", "2026-11-16", "Priya Raman"), text: "I'll have the onboarding mockups ready Thursday.", form: "first-person", owner: "Priya Raman", due: "2026-11-19T17:30:00+00:00", dueText: "Thursday", atDemoNow: "overdue", deliveredIn: ch("onboarding-revamp", "2026-11-19", "Priya Raman") },
  { kind: "commitment", path: ch("billing-v2", "2026-11-16", "Tomasz Kowal"), text: "I'm going to rotate the staging TLS certificates before Thursday", form: "going-to", owner: "Tomasz Kowal", due: "2026-11-18T17:30:00+00:00", dueText: "before Thursday", atDemoNow: "overdue" },
  { kind: "commitment", path: ch("billing-v2", "2026-11-16", "Daniel Lim"), text: "I'll share the migration plan with finance on Tuesday.", form: "first-person", owner: "Daniel Lim", due: "2026-11-17T17:30:00+08:00", dueText: "on Tuesday", atDemoNow: "overdue", deliveredIn: ch("billing-v2", "2026-11-18", "Daniel Lim") },
  { kind: "commitment", path: ch("mobile-release", "2026-11-16", "Siti Rahman"), text: "I'll post the release notes every Monday by 10am", form: "recurring", owner: "Siti Rahman", due: null, dueText: "every Monday by 10am", atDemoNow: "open", recurrence: "FREQ=WEEKLY;BYDAY=MO", firstDue: "2026-11-16T10:00:00+08:00", nextDueAfterDemoNow: "2026-11-30T10:00:00+08:00" },
  { kind: "commitment", path: ch("mobile-release", "2026-11-16", "Siti Rahman"), text: "Regression pass on the 3.8 iOS beta.", form: "next-heading", owner: "Siti Rahman", due: null, dueText: null, atDemoNow: "open", deliveredIn: ch("mobile-release", "2026-11-17", "Siti Rahman") },
  { kind: "commitment", path: ch("mobile-release", "2026-11-16", "Arjun Menon"), text: "I will get the Android build to QA by Wednesday.", form: "first-person", owner: "Arjun Menon", due: "2026-11-18T17:30:00+08:00", dueText: "by Wednesday", atDemoNow: "overdue", deliveredIn: ch("mobile-release", "2026-11-18", "Arjun Menon") },
  { kind: "commitment", path: ch("design-system", "2026-11-16", "Emily Tremblay"), text: "Book the usability sessions", form: "dataview-checkbox", owner: "Emily Tremblay", due: "2026-11-20T17:30:00-05:00", dueText: "2026-11-20", atDemoNow: "overdue" },
  { kind: "commitment", path: ch("design-system", "2026-11-16", "Hana Yusof"), text: "Will send the tokens changelog tomorrow.", form: "subjectless", owner: "Hana Yusof", due: "2026-11-17T17:30:00+08:00", dueText: "tomorrow", atDemoNow: "overdue", deliveredIn: ch("design-system", "2026-11-17", "Hana Yusof") },
  { kind: "commitment", path: ch("billing-v2", "2026-11-17", "Sarah Okafor"), text: "I'll chase legal again on Thursday and post their answer in this channel.", form: "first-person", owner: "Sarah Okafor", due: "2026-11-19T17:30:00+00:00", dueText: "on Thursday", atDemoNow: "overdue", deliveredIn: ch("billing-v2", "2026-11-20", "Sarah Okafor") },
  { kind: "commitment", path: ch("billing-v2", "2026-11-17", "Noah Fitzgerald"), text: "Review the API spec", form: "tasks-checkbox", owner: "Noah Fitzgerald", due: "2026-11-19T16:00:00+00:00", dueText: "2026-11-19", atDemoNow: "overdue" },
  { kind: "commitment", path: ch("billing-v2", "2026-11-17", "Olivia Park"), text: "I'm going to draft the pricing page copy by end of week.", form: "going-to", owner: "Olivia Park", due: "2026-11-20T18:30:00-05:00", dueText: "by end of week", atDemoNow: "overdue", deliveredIn: ch("billing-v2", "2026-11-20", "Olivia Park") },
  { kind: "commitment", path: ch("design-system", "2026-11-17", "Hana Yusof"), text: "I'll pair with Priya on the onboarding illustrations on Wednesday.", form: "first-person", owner: "Hana Yusof", due: "2026-11-18T17:30:00+08:00", dueText: "on Wednesday", atDemoNow: "overdue", deliveredIn: ch("design-system", "2026-11-18", "Hana Yusof") },
  { kind: "commitment", path: ch("billing-v2", "2026-11-18", "Noah Fitzgerald"), text: "Ship the invoice export", form: "tasks-checkbox-done", owner: "Noah Fitzgerald", due: null, dueText: null, atDemoNow: "done", completed: "2026-11-18" },
  { kind: "commitment", path: ch("billing-v2", "2026-11-18", "Josh Levesque"), text: "I'll get the v2 invoice endpoints into review by Friday so Noah isn't stuck.", form: "first-person", owner: "Josh Levesque", due: "2026-11-20T17:30:00-05:00", dueText: "by Friday", atDemoNow: "overdue", deliveredIn: ch("billing-v2", "2026-11-23", "Noah Fitzgerald") },
  { kind: "commitment", path: ch("billing-v2", "2026-11-18", "Marcus Boateng"), text: "I'll review Josh's retry PR tomorrow.", form: "first-person", owner: "Marcus Boateng", due: "2026-11-19T17:30:00-05:00", dueText: "tomorrow", atDemoNow: "overdue", deliveredIn: ch("onboarding-revamp", "2026-11-20", "Marcus Boateng") },
  { kind: "commitment", path: ch("mobile-release", "2026-11-18", "Arjun Menon"), text: "I'll write up the iOS 15 question as a proper decision request tomorrow.", form: "first-person", owner: "Arjun Menon", due: "2026-11-19T17:30:00+08:00", dueText: "tomorrow", atDemoNow: "overdue", deliveredIn: ch("mobile-release", "2026-11-19", "Arjun Menon") },
  { kind: "commitment", path: ch("design-system", "2026-11-18", "Hana Yusof"), text: "Publish tokens 2.0 to the web repo", form: "tasks-checkbox-done", owner: "Hana Yusof", due: "2026-11-23T17:30:00+08:00", dueText: "2026-11-23", atDemoNow: "done", completed: "2026-11-23", priority: "medium" },
  { kind: "commitment", path: ch("onboarding-revamp", "2026-11-19", "Hana Yusof"), text: "I'll make the empty-state hints switchable per screen by Monday.", form: "first-person", owner: "Hana Yusof", due: "2026-11-23T17:30:00+08:00", dueText: "by Monday", atDemoNow: "overdue", deliveredIn: ch("design-system", "2026-11-23", "Hana Yusof") },
  { kind: "commitment", path: ch("billing-v2", "2026-11-20", "Wei Ling Tan"), text: "I'll rerun the webhook burst with Josh's retry PR applied on Monday.", form: "first-person", owner: "Wei Ling Tan", due: "2026-11-23T17:30:00+08:00", dueText: "on Monday", atDemoNow: "overdue" },
  { kind: "commitment", path: ch("billing-v2", "2026-11-20", "Sarah Okafor"), text: "I'll send everyone the offsite travel details next week.", form: "first-person", owner: "Sarah Okafor", due: "2026-11-27T17:30:00+00:00", dueText: "next week", atDemoNow: "open" },
  { kind: "commitment", path: ch("onboarding-revamp", "2026-11-20", "Marcus Boateng"), text: "I'll write up the rollout checklist for the phased billing migration next week.", form: "first-person", owner: "Marcus Boateng", due: "2026-11-27T17:30:00-05:00", dueText: "next week", atDemoNow: "open" },
  { kind: "commitment", path: ch("onboarding-revamp", "2026-11-20", "Maya Chen"), text: "I'll share the onboarding success metric with Olivia on Monday.", form: "first-person", owner: "Maya Chen", due: "2026-11-23T17:30:00+00:00", dueText: "on Monday", atDemoNow: "overdue", deliveredIn: ch("onboarding-revamp", "2026-11-23", "Maya Chen") },
  { kind: "commitment", path: ch("design-system", "2026-11-20", "Priya Raman"), text: "Fix contrast on secondary buttons and links in dark mode", form: "tasks-checkbox", owner: "Priya Raman", due: "2026-11-26T17:30:00+00:00", dueText: "2026-11-26", atDemoNow: "open" },
  { kind: "commitment", path: ch("mobile-release", "2026-11-23", "Siti Rahman"), text: "I'll have the App Store metadata checked against the new build by Tuesday EOD.", form: "first-person", owner: "Siti Rahman", due: "2026-11-24T17:30:00+08:00", dueText: "by Tuesday EOD", atDemoNow: "overdue" },
  { kind: "commitment", path: ch("design-system", "2026-11-23", "Hana Yusof"), text: "I'll pair with Emily on retiring the grey tokens on Wednesday.", form: "first-person", owner: "Hana Yusof", due: "2026-11-25T17:30:00+08:00", dueText: "on Wednesday", atDemoNow: "open" },
  { kind: "commitment", path: ch("billing-v2", "2026-11-23", "Daniel Lim"), text: "I'll update [[Payments vendor]] on Wednesday with legal's answer.", form: "first-person", owner: "Daniel Lim", due: "2026-11-25T17:30:00+08:00", dueText: "on Wednesday", atDemoNow: "open" },
  { kind: "commitment", path: ch("onboarding-revamp", "2026-11-23", "Priya Raman"), text: "Update the payment error copy", form: "tasks-checkbox", owner: "Priya Raman", due: "2026-11-25T17:30:00+00:00", dueText: "2026-11-25", atDemoNow: "open" },
  { kind: "commitment", path: ch("onboarding-revamp", "2026-11-23", "Maya Chen"), text: "Until launch, I'll post the onboarding revamp status here every Friday by 4pm.", form: "recurring", owner: "Maya Chen", due: null, dueText: "every Friday by 4pm", atDemoNow: "open", recurrence: "FREQ=WEEKLY;BYDAY=FR", firstDue: "2026-11-27T16:00:00+00:00", nextDueAfterDemoNow: "2026-11-27T16:00:00+00:00" },
];

/** Decisions: 3 stated as made and 5 decision windows (2 of them with the 48-hour default). */
export const PLANTED_DECISIONS: readonly PlantedStatement[] = [
  { kind: "decision", path: MEETING, text: "Decision: we go with the phased rollout because it keeps the blast radius small.", form: "decision-prefix", owner: "Maya Chen", due: null, dueText: null, atDemoNow: "adopted" },
  { kind: "decision", path: ch("mobile-release", "2026-11-18", "Arjun Menon"), text: "We decided to ship dark mode behind a flag.", form: "we-decided", owner: "Arjun Menon", due: null, dueText: null, atDemoNow: "adopted" },
  { kind: "decision", path: ch("billing-v2", "2026-11-20", "Olivia Park"), text: "Decision: the tiers are Starter, Team and Business, because sales already says Business on every call and it tested better than Pro with the five customers I asked.", form: "decision-prefix", owner: "Olivia Park", due: null, dueText: null, atDemoNow: "adopted" },
  { kind: "decision", path: VENDOR_PROPOSAL, text: "We're going with Tillpoint for payments unless there's a blocker by Wednesday EOD.", form: "window-going-with", owner: "Daniel Lim", due: null, dueText: "by Wednesday EOD", windowCloses: "2026-11-18T17:30:00+08:00", atDemoNow: "contested" },
  { kind: "decision", path: ch("billing-v2", "2026-11-17", "Noah Fitzgerald"), text: "Going with idempotency keys stored in Postgres for the retry logic unless there's a blocker.", form: "window-default", owner: "Noah Fitzgerald", due: null, dueText: null, windowCloses: null, windowDefault: true, atDemoNow: "adopted" },
  { kind: "decision", path: ONBOARDING_PROPOSAL, text: "I'm proceeding with Option A for the onboarding flow at 3pm Friday unless someone raises a blocker.", form: "window-proceeding", owner: "Maya Chen", due: null, dueText: "at 3pm Friday", windowCloses: "2026-11-20T15:00:00+00:00", atDemoNow: "adopted" },
  { kind: "decision", path: ch("mobile-release", "2026-11-23", "Arjun Menon"), text: "Proceeding with submitting 3.8 to the App Store at 10am SGT Wednesday unless someone raises a blocker.", form: "window-proceeding", owner: "Arjun Menon", due: null, dueText: "at 10am SGT Wednesday", dueZone: "Asia/Singapore", windowCloses: "2026-11-25T10:00:00+08:00", atDemoNow: "open" },
  { kind: "decision", path: ch("design-system", "2026-11-23", "Emily Tremblay"), text: "We're retiring the old grey-* tokens in favour of the new neutral scale unless someone raises a blocker.", form: "window-default", owner: "Emily Tremblay", due: null, dueText: null, windowCloses: null, windowDefault: true, atDemoNow: "open" },
];

/** Requests: 8. `owner` is who asks; `parties` who is asked; `due` the needed-by. */
export const PLANTED_REQUESTS: readonly PlantedStatement[] = [
  { kind: "request", path: ch("billing-v2", "2026-11-17", "Olivia Park"), text: "Input needed by Thursday EOD: which pricing tier names do we keep?", form: "input-needed", owner: "Olivia Park", parties: [], due: "2026-11-19T18:30:00-05:00", dueText: "by Thursday EOD", atDemoNow: "answered", answeredIn: ch("billing-v2", "2026-11-18", "Daniel Lim") },
  { kind: "request", path: ch("billing-v2", "2026-11-18", "Daniel Lim"), text: "Could someone from Dev review the migration plan by Friday?", form: "could-someone-from-team", owner: "Daniel Lim", parties: ["Dev"], due: "2026-11-20T17:30:00+08:00", dueText: "by Friday", atDemoNow: "unanswered" },
  { kind: "request", path: ch("mobile-release", "2026-11-19", "Arjun Menon"), text: "Decision needed: see options below.", form: "decision-needed-options", owner: "Arjun Menon", parties: ["Maya Chen"], due: null, dueText: null, atDemoNow: "unanswered" },
  { kind: "request", path: ch("design-system", "2026-11-19", "Emily Tremblay"), text: "@priya please review the accessibility audit, especially the three contrast findings.", form: "handle-please", owner: "Emily Tremblay", parties: ["Priya Raman"], due: null, dueText: null, atDemoNow: "answered", answeredIn: ch("design-system", "2026-11-20", "Priya Raman") },
  { kind: "request", path: "Channels/urgent/2026-11-19 Processor webhooks failing.md", text: "@josh can you rotate our webhook secret as soon as you're online?", form: "handle-can-you", owner: "Tomasz Kowal", parties: ["Josh Levesque"], due: null, dueText: null, atDemoNow: "answered", answeredIn: ch("billing-v2", "2026-11-19", "Josh Levesque") },
  { kind: "request", path: ch("mobile-release", "2026-11-20", "Siti Rahman"), text: "Design folks: can one of you send me dark-mode versions of the five store screenshots by Wednesday?", form: "team-vocative", owner: "Siti Rahman", parties: ["Design"], due: "2026-11-25T17:30:00+08:00", dueText: "by Wednesday", atDemoNow: "unanswered" },
  { kind: "request", path: ch("billing-v2", "2026-11-23", "Daniel Lim"), text: "Input needed from [[Marcus Boateng]] by Wednesday: can the first 5% batch start on 1 December if the retry fix lands before then?", form: "input-needed-from-link", owner: "Daniel Lim", parties: ["Marcus Boateng"], due: "2026-11-25T17:30:00+08:00", dueText: "by Wednesday", atDemoNow: "unanswered" },
  { kind: "request", path: "Channels/urgent/2026-11-23 Invoice export failing for Harbour.md", text: "Can someone from Dev look at this within the hour?", form: "urgent-channel", owner: "Sarah Okafor", parties: ["Dev"], due: null, dueText: "within the hour", atDemoNow: "unanswered" },
];

/** FYIs: 3. Marked, never items. */
export const PLANTED_FYIS: readonly PlantedStatement[] = [
  { kind: "fyi", path: ch("billing-v2", "2026-11-16", "Tomasz Kowal"), text: "FYI, no action required: the staging deploy is frozen this week.", form: "fyi-no-action", owner: "Tomasz Kowal", due: null, dueText: null, atDemoNow: "fyi" },
  { kind: "fyi", path: ch("billing-v2", "2026-11-17", "Sarah Okafor"), text: "FYI: I'm out on Thursday 26 and Friday 27 November; my calendar is already blocked out.", form: "fyi-colon", owner: "Sarah Okafor", due: null, dueText: null, atDemoNow: "fyi" },
  { kind: "fyi", path: ch("design-system", "2026-11-17", "Hana Yusof"), text: "Heads up, no action needed: the tokens package is 2.0.0 on the internal registry now.", form: "heads-up", owner: "Hana Yusof", due: null, dueText: null, atDemoNow: "fyi" },
];

/** Dependencies: 7 (one an action for another party: Dev's sign-off, which is Marcus's to give). */
export const PLANTED_DEPENDENCIES: readonly PlantedStatement[] = [
  { kind: "dependency", path: ch("mobile-release", "2026-11-17", "Siti Rahman"), text: "Waiting on Arjun for the Android build; the Android pass can't start without it.", form: "waiting-on-person", owner: "Siti Rahman", parties: ["Arjun Menon"], waitingFor: "the Android build", due: null, dueText: null, atDemoNow: "open" },
  { kind: "dependency", path: ch("billing-v2", "2026-11-18", "Daniel Lim"), text: "Tillpoint is on hold until legal finishes the contract review.", form: "on-hold-until", owner: "Daniel Lim", parties: [], waitingFor: "legal finishes the contract review", due: null, dueText: null, atDemoNow: "open" },
  { kind: "dependency", path: ch("billing-v2", "2026-11-18", "Noah Fitzgerald"), text: "The billing migration is blocked until the API is merged.", form: "blocked-until", owner: "Noah Fitzgerald", parties: [], waitingFor: "the API is merged", due: null, dueText: null, atDemoNow: "open" },
  { kind: "dependency", path: ch("onboarding-revamp", "2026-11-19", "Priya Raman"), text: "I need sign-off from Dev before Friday EOD on the mockups.", form: "need-action-from-team", owner: "Priya Raman", parties: ["Dev"], action: "sign-off", due: "2026-11-20T17:30:00+00:00", dueText: "before Friday EOD", atDemoNow: "overdue", deliveredIn: ch("onboarding-revamp", "2026-11-20", "Marcus Boateng") },
  { kind: "dependency", path: ch("billing-v2", "2026-11-19", "Josh Levesque"), text: "Waiting on Wei Ling for the load test results.", form: "waiting-on-person", owner: "Josh Levesque", parties: ["Wei Ling Tan"], waitingFor: "the load test results", due: null, dueText: null, atDemoNow: "open", deliveredIn: ch("billing-v2", "2026-11-20", "Wei Ling Tan") },
  { kind: "dependency", path: ch("design-system", "2026-11-19", "Emily Tremblay"), text: "Waiting for the recruiter to send participant dates before I can book the usability sessions.", form: "waiting-for-outside", owner: "Emily Tremblay", parties: [], waitingFor: "the recruiter to send participant dates", due: null, dueText: null, atDemoNow: "open" },
  { kind: "dependency", path: ch("billing-v2", "2026-11-23", "Noah Fitzgerald"), text: "The migration still can't start until Josh's v2 endpoints are merged.", form: "cant-until", owner: "Noah Fitzgerald", parties: ["Josh Levesque"], waitingFor: "Josh's v2 endpoints are merged", due: null, dueText: null, atDemoNow: "open" },
];

/** Every planted statement, in kind order. */
export const PLANTED: readonly PlantedStatement[] = [
  ...PLANTED_COMMITMENTS,
  ...PLANTED_DECISIONS,
  ...PLANTED_REQUESTS,
  ...PLANTED_FYIS,
  ...PLANTED_DEPENDENCIES,
];

/** Blocker lines on decisions: one open (contests the vendor), one concern checked off and resolved. */
export const PLANTED_BLOCKERS: readonly PlantedBlocker[] = [
  { path: ch("billing-v2", "2026-11-17", "Sarah Okafor"), text: "Blocker: the legal review of Tillpoint is not done.", author: "Sarah Okafor", decisionPath: VENDOR_PROPOSAL, open: true },
  { path: ch("onboarding-revamp", "2026-11-19", "Hana Yusof"), text: "Concern: Option A's setup checklist repeats the empty-state hints we already ship in the design system", author: "Hana Yusof", decisionPath: ONBOARDING_PROPOSAL, open: false },
];

/** Sentences that look like items and are not. The engine must produce nothing from these. */
export const HARD_NEGATIVES: readonly HardNegative[] = [
  { path: ch("billing-v2", "2026-11-18", "Josh Levesque"), text: "Finished the invoice export and paired with Noah on the tests.", why: "finished work, in Done" },
  { path: ch("billing-v2", "2026-11-20", "Sarah Okafor"), text: "It will probably rain at the offsite", why: "\"will\" with no obligation" },
  { path: ch("billing-v2", "2026-11-16", "Tomasz Kowal"), text: "The build will be slower this week while the cache warms up.", why: "\"will\" and \"this week\", no one owes anything" },
  { path: ch("onboarding-revamp", "2026-11-16", "Maya Chen"), text: "Nothing blocking right now.", why: "empty Blockers section" },
  { path: ch("onboarding-revamp", "2026-11-18", "Maya Chen"), text: "Nothing blocking right now.", why: "empty Blockers section, in a note linking to a proposal" },
  { path: ch("onboarding-revamp", "2026-11-20", "Maya Chen"), text: "Nothing blocking right now.", why: "empty Blockers section, in a note linking to a proposal" },
  { path: ch("billing-v2", "2026-11-17", "Wei Ling Tan"), text: "Nothing blocking right now.", why: "empty Blockers section" },
  { path: ch("mobile-release", "2026-11-19", "Arjun Menon"), text: "Nothing blocking right now.", why: "empty Blockers section" },
  { path: ch("design-system", "2026-11-20", "Priya Raman"), text: "Nothing blocking right now.", why: "empty Blockers section" },
  { path: ch("design-system", "2026-11-16", "Emily Tremblay"), text: "Not blocked.", why: "empty Blockers section" },
  { path: ch("billing-v2", "2026-11-16", "Tomasz Kowal"), text: "No blockers.", why: "empty Blockers section" },
  { path: ch("mobile-release", "2026-11-16", "Arjun Menon"), text: "None, for once.", why: "empty Blockers section" },
  { path: ch("billing-v2", "2026-11-16", "Daniel Lim"), text: "Nothing yet. Legal has had the Tillpoint contract since Thursday.", why: "status, under Blockers, in a note linking to the vendor proposal" },
  { path: ch("billing-v2", "2026-11-17", "Wei Ling Tan"), text: "Tuesday and Thursday mornings are my deep-work blocks, so replies from me come after 12:00 SGT on those days.", why: "availability, not an obligation" },
  { path: ch("design-system", "2026-11-23", "Hana Yusof"), text: "A reminder that I don't work Fridays: anything that lands on a Friday gets picked up on Monday.", why: "availability, not an obligation" },
  { path: ch("onboarding-revamp", "2026-11-18", "Maya Chen"), text: "Harbour & Co interviews are booked for 1 and 2 December.", why: "a fact under Next, nobody owes anything" },
  { path: ch("onboarding-revamp", "2026-11-20", "Maya Chen"), text: "The window on [[Onboarding flow options]] closed at 3pm without a blocker, so Priya and Arjun are building Option A.", why: "reports a decision already made by its window" },
  { path: ch("onboarding-revamp", "2026-11-20", "Marcus Boateng"), text: "Went through [[Onboarding mockups v3]] with Arjun and Josh, and signed off the mockups for Dev.", why: "finished work, in Done" },
  { path: ch("billing-v2", "2026-11-18", "Marcus Boateng"), text: "No engineering objection to Tillpoint", why: "mentions an objection mid-line in a note linking to the proposal: not a blocker" },
  { path: ch("mobile-release", "2026-11-16", "Arjun Menon"), text: "Dark mode theming is code-complete; how we ship it is still open.", why: "status, no obligation" },
  { path: ch("mobile-release", "2026-11-23", "Arjun Menon"), text: "The iOS 15 question ([[2026-11-19 Arjun Menon]]) is still unanswered, so the submission above assumes iOS 16 as the minimum.", why: "status of an existing request" },
  { path: ch("billing-v2", "2026-11-20", "Sarah Okafor"), text: "Until then nothing changes.", why: "status, in a note linking to the vendor proposal" },
];

/** Notes that are prose, profiles or settings: the engine must find no items in them at all. */
export const PROSE_ONLY_NOTES: readonly string[] = [
  "Reference/How we work async.md",
  "Start here.md",
  "Handoff/Team settings.md",
  "Docs/Accessibility audit November.md",
  "Docs/Billing migration plan.md",
  "Docs/Load test results billing API.md",
  "Docs/Onboarding mockups v3.md",
  "Docs/Tokens 2.0 changelog.md",
];
