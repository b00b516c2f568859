import { describe, expect, it } from "vitest";
import * as classify from "../../src/extract/classify";
import * as extract from "../../src/extract/extract";
import * as lead from "../../src/extract/lead";
import * as nameKey from "../../src/extract/name-key";
import * as names from "../../src/extract/names";
import * as noteDate from "../../src/extract/note-date";
import * as header from "../../src/extract/note-header";
import * as personFields from "../../src/extract/person-fields";
import * as plain from "../../src/extract/plain";
import * as preamble from "../../src/extract/preamble";
import * as commitment from "../../src/extract/rules/commitment";
import * as decision from "../../src/extract/rules/decision";
import * as dependency from "../../src/extract/rules/dependency";
import * as finding from "../../src/extract/rules/finding";
import * as fyi from "../../src/extract/rules/fyi";
import * as nounPhrase from "../../src/extract/rules/noun-phrase";
import * as predicate from "../../src/extract/rules/predicate";
import * as request from "../../src/extract/rules/request";
import * as window from "../../src/extract/rules/window";
import * as section from "../../src/extract/section";
import * as segment from "../../src/extract/segment";
import * as sentences from "../../src/extract/sentences";
import * as taskLine from "../../src/extract/task-line";
import * as title from "../../src/extract/title";

/**
 * Every named regex of src/extract, each with strings it must match and strings it must not.
 * Global and sticky flags are dropped (sticky ones are anchored with ^ instead), so a row tests
 * what the pattern matches, not where a previous call left `lastIndex`.
 */
type Row = readonly [name: string, pattern: RegExp, positives: readonly string[], negatives: readonly string[]];

function plainPattern(re: RegExp): RegExp {
  const sticky = re.flags.includes("y");
  return new RegExp(sticky ? `^(?:${re.source})` : re.source, re.flags.replace(/[gy]/g, ""));
}

const ROWS: readonly Row[] = [
  // classify
  ["CUE", classify.CUE, ["I'll send it", "Waiting on Sam", "FYI the deploy moved", "please review", "Could you look?"], ["Spent the day on the tests.", "The dashboard loads fast."]],
  ["PLEASE_WORD", classify.PLEASE_WORD, ["Pushed it, please look", "pls check", "Kindly confirm"], ["Pleased with the result", "Deployed the pleasant theme"]],
  ["NAME_TO_SHAPE", classify.NAME_TO_SHAPE, ["Josh to open a PR", "Steve and Simon to write posts", "@maya to check"], ["Time", "Nothing here", "Went To Paris"]],
  // extract
  ["DATE_HINT_BROAD", extract.DATE_HINT_BROAD, ["by Friday", "in 2 days", "every week", "3pm"], ["the plan", "ship it"]],
  ["WIKILINK_SPAN", extract.WIKILINK_SPAN, ["see [[2026-11-10 Jack O'Brien]]", "[[Plan|the plan]]"], ["[Jack]", "[[unclosed"]],
  ["DATE_AS_CONTENT", extract.DATE_AS_CONTENT, ["move the deadline to ", "starting from ", "on hold until the "], ["ready by ", "send it "]],
  ["DEADLINE_WORD", extract.DEADLINE_WORD, ["by Friday", "before Monday", "Friday EOD", "due Thursday", "end of week"], ["Wednesday 16th", "next week"]],
  ["BOLD_QUESTION", extract.BOLD_QUESTION, ["**Will you accept assessments?**", "__Is it free?__"], ["**Decision: go with X**", "Will you review?"]],
  // lead
  ["BRACKET_SPEAKER", lead.BRACKET_SPEAKER, ["[Leo] we will", "[[Maya Chen]]: I'll", "[ehashman] PRR"], ["[here](https://x.y) link", "Leo said"]],
  ["COLON_LABEL", lead.COLON_LABEL, ["AI: Josh to", "Decision needed: see below", "Maya Chen: I'll"], ["https://example.com", "at 10:30 tomorrow"]],
  ["SPOKEN_PROMISE", lead.SPOKEN_PROMISE, ["will follow up", "I'll book it", "I can cover Tuesday", "I need to rerun it"], ["after a long call we agreed", "finance confirmed", "I think so"]],
  ["OWNED_ACTION_LABEL", lead.OWNED_ACTION_LABEL, ["TODO(mrbobbytables)", "AI (Josh)", "Action item(@sam)"], ["TODO", "Note (Josh)"]],
  ["BLOCKER_LABEL", lead.BLOCKER_LABEL, ["Blocker: legal", "Objection — too many launches", "Concern (2026-11-24T10:00:00Z): x", "Concerns - none"], ["Blocking the release", "Concerned about x"]],
  ["INLINE_FIELD", lead.INLINE_FIELD, ["Chase the quote — owner", "Book the room, due", "Ship it (ETA"], ["Owner", "Due", "Decision needed"]],
  ["FYI_LEAD", lead.FYI_LEAD, ["FYI, no action", "PSA - deploy", "Heads up: staging"], ["Fyibot ran", "The FYI channel"]],
  // name-key
  ["WIKILINK (name-key)", nameKey.WIKILINK, ["[[Maya Chen]]", "[[People/Maya Chen|Maya]]", "[[Maya#Notes]]"], ["Maya Chen", "[Maya]"]],
  ["POSSESSIVE", nameKey.POSSESSIVE, ["Maya's", "James'"], ["Maya", "Chris"]],
  ["SPACES (name-key)", nameKey.SPACES, ["Maya  Chen", "a\tb"], ["MayaChen"]],
  // names
  ["NAME_AT", names.NAME_AT, ["Zach C will", "@maya", "[[Maya Chen]]", "SergeyKanzhelev to", "ihor will"], ["  leading space", "42 things", "#tag"]],
  ["NAME_JOINER", names.NAME_JOINER, [", ", " and ", " & ", " / "], ["x", "-"]],
  ["AFFILIATION", names.AFFILIATION, [" from Curvenote", " at Acme", " (Dev)", " team"], [" will write", "from Curvenote"]],
  ["COMMON_SUFFIX", names.COMMON_SUFFIX, ["performance", "deployment", "quality", "finished"], ["ihor", "maya", "jberkus"]],
  ["CONSONANT_S", names.CONSONANT_S, ["attempts", "tags", "customers"], ["james", "chris", "ross"]],
  ["VERB_DERIVED", names.VERB_DERIVED, ["looking", "importer", "editor"], ["maya", "ahmed"]],
  ["ACRONYM", names.ACRONYM, ["SC", "PSF", "CNCF"], ["Sam", "S"]],
  // note-date
  ["DATE_VALUE", noteDate.DATE_VALUE, ["2026-11-24", "2026-11-24T10:00:00Z", "2026-11-24 09:30"], ["24/11/2026", "Nov 24"]],
  ["DATE_IN_NAME", noteDate.DATE_IN_NAME, ["2026-11-24 Maya", "Standup 2026-11-24", "2026-11-24"], ["20261124", "v12026-11-240"]],
  // note-header
  ["OPEN_FENCE", header.OPEN_FENCE, ["---\n", "---  \r\n"], ["----\n", "--- x\n"]],
  ["CLOSE_FENCE", header.CLOSE_FENCE, ["---", "...", "---  "], ["----", "--- x"]],
  ["KEY_LINE", header.KEY_LINE, ["author: Maya", "date:", "out_of_office: [a]"], ["- item", "  nested: x", "no colon"]],
  ["LIST_LINE", header.LIST_LINE, ["  - Maya", "- [[Maya]]"], ["key: x", "\t- tabbed"]],
  ["INDICATOR_START", header.INDICATOR_START, ["&anchor", "*alias", "|", "[a]", "'q'"], ["Maya", "2026-11-24"]],
  ["PLAIN_BREAKER", header.PLAIN_BREAKER, ["a: b", "trailing:", "x #comment"], ["09:00-17:30", "https://x.y", "a#b"]],
  ["NUMBER", header.NUMBER, ["48", "-3", "1.5", "1e3", ".5"], ["48h", "2026-11-24", "1.2.3"]],
  ["SPECIAL_SCALAR", header.SPECIAL_SCALAR, [".inf", "-.Inf", ".nan", "0x1F", "0o17"], ["infinite", "10"]],
  ["QUOTED_SCALAR", header.QUOTED_SCALAR, ['"[[Maya Chen]]"', "'Maya'"], ['"esc\\"aped"', "'it''s'", "plain"]],
  ["FLOW_LIST", header.FLOW_LIST, ["[Mon, Tue]", '["[[Maya]]", Sam]', "[]"], ["[[Maya]]", "[a, {b: c}]", "Mon, Tue"]],
  // person-fields
  ["WEEKDAY_RANGE", personFields.WEEKDAY_RANGE, ["Mon-Fri", "monday to friday"], ["Mon", "Mon,Tue"]],
  ["WINDOW (decision_window)", personFields.WINDOW, ["48", "48h", "2 days", "36 hours"], ["two days", "48m"]],
  // plain
  ["ESCAPE", plain.ESCAPE, ["\\[Leo\\]", "\\*"], ["[Leo]", "\\a"]],
  ["INLINE_LINK", plain.INLINE_LINK, ["[here](https://x.y/z)", "![img](a.png)", '[t](u "title")'], ["[[wiki]]", "[text] (x)"]],
  ["AUTOLINK", plain.AUTOLINK, ["<https://x.y>", "<mailto:a@b.c>"], ["<u>", "https://x.y"]],
  ["MARKS", plain.MARKS, ["**bold**", "==hl==", "~~s~~", "__b__"], ["*i*", "_i_"]],
  ["INLINE_TAG", plain.INLINE_TAG, ["<u>", "</u>", '<span class="x">'], ["a < b", "<https://x>"]],
  ["CODE_SPAN", plain.CODE_SPAN, ["`a?b`", "run `npm test`"], ["no code", "a ` b"]],
  ["LINE_BREAK", plain.LINE_BREAK, ["a\nb", "a \n> b"], ["a b"]],
  // preamble
  ["REFERENCE", preamble.REFERENCE, ["2026-11-24", "2026-11-24T10:00:00Z", "2026-11-24T10:00+05:30"], ["2026-11", "tomorrow", "2026-11-24T10"]],
  // section
  ["HEADING_QUALIFIER", section.HEADING_QUALIFIER, [" this week", " (Nov 24)", ": notes", " for Monday", " 2026-11-24"], [""]],
  ["HEADING_PARTS", section.HEADING_PARTS, ["Today / this week", "Blockers & risks", "Next, tomorrow", "Risks and blockers"], ["Next steps", "Handover"]],
  ["HEADING_DECORATION", section.HEADING_DECORATION, ["**", "1. ", "✅ "], []],
  // segment
  ["QUOTE_PREFIX", segment.QUOTE_PREFIX, ["> quote", ">> nested", " > x"], ["no quote", "a > b"]],
  ["HEADING (segment)", segment.HEADING, ["## Next", "# Title ##", "###### Six"], ["#tag", "####### seven", "    # code"]],
  ["FENCE", segment.FENCE, ["```", "~~~md", "  ```tasks"], ["``", "text ```"]],
  ["LIST_ITEM", segment.LIST_ITEM, ["- item", "* [ ] task", "1. first", "2) second", "  + [x] done"], ["-item", "text - item", "1.5 apples"]],
  ["THEMATIC_BREAK", segment.THEMATIC_BREAK, ["---", "***", "- - -", "___"], ["--", "- item"]],
  ["TABLE_ROW", segment.TABLE_ROW, ["| a | b |", "  |---|"], ["a | b"]],
  ["HTML_LINE", segment.HTML_LINE, ["<div>", "</details>", "<br/>", "<!DOCTYPE html>"], ["<https://x.y>", "a <b>", "<!-- comment"]],
  ["BLOCK_ID", segment.BLOCK_ID, ["text ^abc-123", "text ^x1 "], ["text^abc", "x ^ab_c"]],
  ["CALLOUT", segment.CALLOUT, ["[!note] Title", "[!tip]- Folded"], ["[note]", "[!] x"]],
  ["LABEL_LINE", segment.LABEL_LINE, ["Action items:", "**Next steps:**", "__Blockers__"], ["Input needed by Thursday: which?", "Just a sentence."]],
  ["BARE_LABEL", segment.BARE_LABEL, ["Done", "Next steps", "Blockers / risks"], ["done", "Done.", "Next: review", "Shipped 3 fixes"]],
  ["LOWER_START", segment.LOWER_START, ["by Friday", "(and more)"], ["By Friday", "- item"]],
  // sentences
  ["SENTENCE_END", sentences.SENTENCE_END, ["done. Next", "really? Waiting", "ok! [Leo]", "see options below. iOS 15 is", "sold. eBay listing"], ["e.g.x", "3.11 is out", "done.next", "done. then more"]],
  ["WORD_BEFORE", sentences.WORD_BEFORE, ["see e.g", "Zach C"], ["3.11", "  "]],
  // task-line
  ["END_DATE", taskLine.END_DATE, ["task 📅 2026-11-27", "x ✅2024-02-19", "y ⏳ 2023-04-06 "], ["📅 2026-11-27 later", "due 2026-11-27"]],
  ["END_PRIORITY", taskLine.END_PRIORITY, ["task ⏫", "task 🔺", "x 🔽 "], ["⏫ task"]],
  ["END_RECURRENCE", taskLine.END_RECURRENCE, ["x 🔁 every week on Monday", "🔁 every day when done"], ["every week"]],
  ["END_ID", taskLine.END_ID, ["x 🆔 abc123"], ["🆔 abc 123"]],
  ["END_DEPENDS", taskLine.END_DEPENDS, ["x ⛔ c5mw2c,2ypqea", "⛔ a, b"], ["⛔ a b"]],
  ["END_ON_COMPLETION", taskLine.END_ON_COMPLETION, ["x 🏁 delete"], ["x delete"]],
  ["END_DATAVIEW", taskLine.END_DATAVIEW, ["x [due:: 2026-11-27]", "y (priority:: high)"], ["[due:: x] tail", "[due: x]"]],
  ["END_TAG", taskLine.END_TAG, ["task #home", "x #a/b "], ["#home task", "task#home"]],
  ["DATAVIEW_FIELD", taskLine.DATAVIEW_FIELD, ["a [due:: 2026-11-27] b", "(completion:: 2024-01-01)"], ["[due: x]", "due:: x"]],
  ["TAG", taskLine.TAG, ["#task do it", "x #home/chores"], ["#123", "a#b"]],
  ["ISO_DATE", taskLine.ISO_DATE, ["2026-11-27"], ["2026-11-27T10:00", "27-11-2026"]],
  // title
  ["LEADING_FILLER", title.LEADING_FILLER, ["to send", "I'll send", "we will ship", "be presenting"], ["Send", "Tomorrow"]],
  ["TAGS (title)", title.TAGS, ["#task do", "x #tag"], ["a#b"]],
  ["WIKILINK (title)", title.WIKILINK, ["[[Maya Chen]]", "[[a|b]]"], ["[Maya]"]],
  ["SPACES (title)", title.SPACES, ["a  b", "a\u00a0b"], ["ab"]],
  ["SPACE_BEFORE_PUNCTUATION", title.SPACE_BEFORE_PUNCTUATION, ["brief , so", "done ;", "it )"], ["brief, so", "a b"]],
  ["EMPTY_PARENS", title.EMPTY_PARENS, ["Invoice Acme (due)", "Ship it ()", "Fix it (ETA: )"], ["Ship (v2)", "Fix it (Josh)"]],
  ["CLAUSE_BOUNDARY", title.CLAUSE_BOUNDARY, ["Book the room, so the guests can stay", "Get the endpoints into review so Noah isn't stuck", "Rotate the keys; the old ones expire", "Ship it — the team waits", "Reply, because they asked"], ["Sarah, Josh and Maya", "a well-known fix", "Review the spec, the copy and the tests", "Ship it so far as we can"]],
  // rules/commitment
  ["CLAUSE_START", commitment.CLAUSE_START, ["one, Simon", "a; then b", "x and y", "a — b"], ["single clause"]],
  ["SUBJECT_ADVERB", commitment.SUBJECT_ADVERB, ["I'm also going to", "We still plan to", "I also will"], ["I also went", "We also shipped", "I'm going to"]],
  ["PERSONAL_RITUAL", commitment.PERSONAL_RITUAL, [", I'll post", " I will send"], [" we will use", ", Iris will"]],
  ["NOT_A_CHOICE", commitment.NOT_A_CHOICE, ["go through the notes", "go over it", "pick up the samples"], ["go with Option B", "go ahead with it", "pick the second vendor"]],
  ["REPORT_THEN", commitment.REPORT_THEN, ["8 cores sectioned, ", "tests pass; ", "half done — "], ["half done", "Tomorrow "]],
  ["OWNER_FIELD", commitment.OWNER_FIELD, ["Draft the brief, owner: @lee, due Friday", "Order kits (owner: Rosa)", "Fix CI — owner: Sam Lee", "Book the room, assigned to @ana"], ["the owner of the repo", "owners meeting"]],
  ["LEADING_OWNER_DASH", commitment.LEADING_OWNER_DASH, ["Priyanka — ship the libraries", "Rosa - book the courier"], ["well-known fix", "Ship it"]],
  ["FIRST_PERSON", commitment.FIRST_PERSON, ["I'll send ", "we will ship ", "I'm going to fix ", "I can take "], ["It will rain", "I went home", "We shipped it"]],
  ["VERB_NAME", commitment.VERB_NAME, ["Mark will send", "Grant is going to ask"], ["Remember to escape", "mark will"]],
  ["BODY_SUBJECT", commitment.BODY_SUBJECT, ["The SC will", "PSF to", "The Steering Council will", "The Release Team is"], ["The build will", "Sarah will"]],
  ["BARE_WILL", commitment.BARE_WILL, ["will follow up", "Will send the survey"], ["Willow", "we will"]],
  ["REPORTED_PROMISE", commitment.REPORTED_PROMISE, [" said they will look", " confirmed that she'll send"], [" said it was fine", " will look"]],
  ["SELF_ASSIGN", commitment.SELF_ASSIGN, ["Let me check", "I'm on it"], ["Let Maya check", "I'm online"]],
  ["NAMED_MODAL", commitment.NAMED_MODAL, [" will write", " to open", " is going to send", " agreed to review"], [" wrote", " is blocked"]],
  ["ASSIGNED_BY_DECISION", commitment.ASSIGNED_BY_DECISION, ["decided Victor would", "agreed that Sam will"], ["decision"]],
  ["POLICY_OPENER", commitment.POLICY_OPENER, ["Going forward we", "From now on", "In future"], ["Going home"]],
  ["DATE_HINT", commitment.DATE_HINT, ["by Friday", "tomorrow", "Thursday EOD", "at 3pm", "2026-11-27", "next week"], ["some day soonish", "the plan"]],
  ["TRAILING_OWNER", commitment.TRAILING_OWNER, ["send notes (Josh)", "fix build — @sam", "owner: Wei Ling"], ["send notes to Josh"]],
  ["LEADING_HANDLE", commitment.LEADING_HANDLE, ["@sam fix it"], ["sam fix", "mail@x"]],
  // rules/decision
  ["DECIDED", decision.DECIDED, ["we decided to", "The SC agreed that", "Accepted PEP 673", "settled on X"], ["we decide soon", "decision needed"]],
  ["PROPOSAL_ACCEPTED", decision.PROPOSAL_ACCEPTED, ["PEP 701 is accepted", "the KEP got approved", "the PR was merged"], ["the file is accepted", "PEP 701 is under review"]],
  ["UNDECIDED", decision.UNDECIDED, ["not decided yet", "TBD", "if we decided", "we will decide", "when your account is approved"], ["we decided to ship"]],
  ["AGREED_ON", decision.AGREED_ON, ["agreed to ship", "agreed that X", "agreed on the plan"], ["agreed.", "agreed with Sam"]],
  ["NEEDS_SUBJECT", decision.NEEDS_SUBJECT, ["accepted", "approved", "chose"], ["decided", "agreed"]],
  ["PAST_PASSIVE", decision.PAST_PASSIVE, ["PEP 1 was ", "it has been "], ["is "]],
  ["DECIDING_BODY", decision.DECIDING_BODY, ["we ", "the council quickly "], ["you "]],
  ["ACRONYM_BODY", decision.ACRONYM_BODY, ["The SC discussed and "], ["The group "]],
  ["OBJECT_START", decision.OBJECT_START, [" PEP 673", " the proposal", " #12"], [" file formats"]],
  ["CONDITIONAL_START", decision.CONDITIONAL_START, ["If you", "When it", "Once done", "After it is merged"], ["The SC", "After a long discussion", "Before the meeting"]],
  ["AFTER_SUBJECT", decision.AFTER_SUBJECT, [" loved the moodboard and ", " ", " & Co finally "], [" said, and then we all agreed that it was time to "]],
  ["DETERMINER_BEFORE", decision.DETERMINER_BEFORE, ["right-click the ", "an ", "all "], ["we ", "Acme "]],
  ["PARTICIPLE", decision.PARTICIPLE, ["selected", "approved"], ["chose", "decision was made"]],
  ["FIRST_PERSON_SINGULAR", decision.FIRST_PERSON_SINGULAR, ["I'll post the report", "I will host it"], ["we will squash", "I think"]],
  ["EARLIER_DECISION", decision.EARLIER_DECISION, ["Rollout is phased, as ", "same scope as we ", "like previously "], ["We ", "as soon"]],
  ["THANKS", decision.THANKS, ["Thanks Dan for the answer", "Thank you all", "Kudos to Mei"], ["Thankfully it shipped", "We thanked them"]],
  ["GO_WITH", decision.GO_WITH, ["we go with X", "We're going with X", "let's go with X", "Going with X"], ["going home", "went with X"]],
  ["POLICY", decision.POLICY, ["Going forward, we squash", "From now on we review"], ["Going home"]],
  ["DECISION_OBJECT", decision.DECISION_OBJECT, ["decided to ship", "accepted PEP 1"], ["decision"]],
  ["RATIONALE", decision.RATIONALE, ["because it is small", "due to the freeze", "so that we ship"], ["with no reason"]],
  ["OBJECT_END (decision)", decision.OBJECT_END, [" because x", "; y", ", which"], ["plain object"]],
  // rules/dependency
  ["NOT_BLOCKED", dependency.NOT_BLOCKED, ["Nothing blocking", "not blocked", "no blockers", "unblocked", "was blocked"], ["blocked on API", "is blocking us"]],
  ["BLOCKED_ON", dependency.BLOCKED_ON, ["blocked on the API", "Blocked until X is merged", "blocked by legal"], ["blocked.", "blocking"]],
  ["IS_BLOCKING", dependency.IS_BLOCKING, ["Legal review is blocking us"], ["blocking"]],
  ["BLOCKER_IS", dependency.BLOCKER_IS, ["The blocker is legal", "Main blocker: access"], ["no blocker"]],
  ["WAITING", dependency.WAITING, ["Waiting on Wei Ling", "awaiting review", "waiting for approver feedback"], ["waited"]],
  ["NOT_WAITING", dependency.NOT_WAITING, ["while waiting", "without waiting", "no need to wait", "says what it is waiting on", "what you're waiting for"], ["waiting on Sam", "Not sure what to do, waiting on legal"]],
  ["OWED", dependency.OWED, ["They still owe us the brand guidelines", "Acme owes me a quote"], ["We owe them a reply", "owed nothing"]],
  ["PARTY_MUST", dependency.PARTY_MUST, ["Acme's legal team needs to sign off on it", "Finance has to approve the budget", "The client must confirm the date"], ["I need to review it", "Needs to ship"]],
  ["PRONOUN_PARTY", dependency.PRONOUN_PARTY, ["They", "she"], ["Acme", "Theo"]],
  ["NEED_YOUR", dependency.NEED_YOUR, ["I still need your audit slide", "we're waiting for your numbers"], ["I need your feedback", "you need your API key", "need your help"]],
  ["STILL_OUTSTANDING", dependency.STILL_OUTSTANDING, ["Legal sign-off is still outstanding", "The permit is still pending", "Invoices are overdue"], ["It outstanding", "Outstanding work"]],
  ["NOT_A_PARTY", dependency.NOT_A_PARTY, ["You will also", "Your organization may", "It"], ["Acme's legal team", "Finance"]],
  ["READER_BEFORE", dependency.READER_BEFORE, ["your data center ", "After you "], ["We "]],
  ["PASSIVE_AFTER", dependency.PASSIVE_AFTER, ["cannot be moved", "can't be changed"], ["can't ship", "cannot begin"]],
  ["EMPTY_OBJECT", dependency.EMPTY_OBJECT, ["", " and who can unblock it", ".", " or not"], ["the results", "Andrea"]],
  ["HYPOTHETICAL_BEFORE", dependency.HYPOTHETICAL_BEFORE, ["If you're ", "When the team ", "in case it is "], ["We are ", "If so, we "]],
  ["NEED_THING_FROM", dependency.NEED_THING_FROM, ["I need the barcodes from Rosa", "still need an updated quote from the core", "needs the final numbers from finance"], ["need to get away from it", "need help"]],
  ["NEED_FROM", dependency.NEED_FROM, ["need sign-off from Dev", "needs approval from legal"], ["need your feedback", "need to ship"]],
  ["NEED_SOMEONE", dependency.NEED_SOMEONE, ["need Dev to", "needs @sam"], ["need to go", "needs a"]],
  ["NEED_TO_VERB", dependency.NEED_TO_VERB, [" to sign off", " to review"], ["to review", " for review"]],
  ["AFTER_EVENT", dependency.AFTER_EVENT, ["after 87759 is merged", "until the API is ready"], ["after lunch"]],
  ["NEEDY", dependency.NEEDY, ["will need rebase", "can't merge", "blocked"], ["we shipped"]],
  ["DEPENDS_ON", dependency.DEPENDS_ON, ["depends on #123", "pending review from Sam", "on hold until legal approval"], ["dependable"]],
  ["WORK_OBJECT", dependency.WORK_OBJECT, ["#1234 being merged", "the PR", "legal approval"], ["your plan", "the device"]],
  ["IS_BLOCKED", dependency.IS_BLOCKED, ["The release is blocked", "we're still blocked"], ["blocked on X", "unblocking"]],
  ["PARTY_WORDS", dependency.PARTY_WORDS, ["SIG Arch before Friday", "the Dev team", "steering on closing"], ["  ", "42"]],
  ["CANT_UNTIL", dependency.CANT_UNTIL, ["can't ship until legal", "cannot proceed without access", "we can't release anything derived from their samples until it's signed"], ["can ship until", "can't wait"]],
  ["STUCK_ON", dependency.STUCK_ON, ["stuck on the flaky test", "stuck waiting for CI", "DNS still stuck with Acme IT"], ["stuck.", "stuck together"]],
  ["DEPENDENCY_CUE", dependency.DEPENDENCY_CUE, ["need", "waiting", "blocked"], ["shipped it"]],
  ["BLOCKER_WORDS", dependency.BLOCKER_WORDS, ["legal approval", "access to prod", "Venue contract", "Parks Victoria permit"], ["lunch", "Good conversation with Noah about the spec", "Spent the day on the release notes"]],
  ["NOTHING", dependency.NOTHING, ["None", "Nothing right now", "N/A"], ["Legal review"]],
  ["OBJECT_END (dependency)", dependency.OBJECT_END, [" so we", ", then", " before Friday"], ["the results"]],
  // rules/finding
  ["QUESTION", finding.QUESTION, ["ready?", "ok? yes", "(why?)"], ["?url=x", "no question"]],
  // rules/fyi
  ["FYI", fyi.FYI, ["FYI: deploy", "Charter update FYI", "no action required", "PSA deploy"], ["Fyibot", "action required"]],
  // rules/predicate
  ["WORD", predicate.WORD, ["send it", "won't"], [" lead", "3pm"]],
  ["GO_PHRASAL", predicate.GO_PHRASAL, ["go through your notes", "go over the plan", "go and check"], ["go well", "go green", "going through"]],
  // rules/noun-phrase
  ["FINITE_VERB", nounPhrase.FINITE_VERB, ["interviews are booked", "the review is not done", "we're live", "it can't ship"], ["Regression pass on the beta", "Jack's note"]],
  ["FIRST_CLAUSE_END", nounPhrase.FIRST_CLAUSE_END, ["run, should take 2 days", "ship; then", "task (ETA Fri)", "reads — target Friday"], ["one clause only", "well-known"]],
  ["PRONOUN_START", nounPhrase.PRONOUN_START, ["It ships Friday", "They are in review", "this is fine", "The dashboard now loads fast", "Our build is green"], ["Items to order", "Theme fixes", "Theory review"]],
  ["STATUS_START", nounPhrase.STATUS_START, ["Same as Monday", "TBD", "OOO Friday", "Nothing new", "Thanks all", "Good chat with Ana, notes below", "Long day on the spec"], ["Stock check on Monday", "Outreach plan", "Goodwill survey"]],
  ["CLAUSE_ADVERB", nounPhrase.CLAUSE_ADVERB, ["dashboard now loads", "tests still fail"], ["Nowcast model review", "Justification memo"]],
  ["PAST_VERB", nounPhrase.PAST_VERB, ["spent", "sectioned", "finished"], ["spec", "bed", "pass"]],
  ["THIRD_PERSON", nounPhrase.THIRD_PERSON, ["stays", "goes", "extractions"], ["pass!", "s"]],
  // rules/request
  ["THING_NEEDED", request.THING_NEEDED, ["Input needed by Thursday", "feedback welcome", "reviews wanted"], ["input was good"]],
  ["ASKING_FOR", request.ASKING_FOR, ["need your comments", "Looking for feedback", "seeking volunteers", "need someone to cover", "we welcome your thoughts"], ["looking forward", "invite someone to the workspace", "welcome someone new"]],
  ["PLEASE", request.PLEASE, ["please review", "Please object this week", "pls take a look", "Please, everyone, fill out the survey"], ["please contact support", "please note"]],
  ["CONDITIONAL_OPENER", request.CONDITIONAL_OPENER, ["If you find bugs, please", "For more details, please", "Before submitting your PR, please", "If the page you edit has none, please"], ["Please review", "If anyone is interested, please reach out"]],
  ["ASK_QUESTION", request.ASK_QUESTION, ["Could someone review", "Does anyone have", "Who can take", "Any thoughts", "can one of you send"], ["Can I use sync", "one of you sent it"]],
  ["VOCATIVE", request.VOCATIVE, ["Design folks: can", "Wet lab folks, can someone", "Team, please", "All: any"], ["Design review is done", "Folks said yes"]],
  ["QUESTION_CLAUSE", request.QUESTION_CLAUSE, ["changes are in — could you", "pushed it, can you", "done; can someone"], ["well-known"]],
  ["RELATIVE_BEFORE", request.RELATIVE_BEFORE, ["and what ", "whatever still ", "anything that "], ["We ", "Ana "]],
  ["SECTION_ASK", request.SECTION_ASK, ["Which vendor do we keep?", "Need a call on the freeze by Friday", "Should we drop iOS 15", "Your input on naming", "Decision on the hosting region"], ["None yet.", "My vote is 1.", "Two weeks.", "Keep iOS 15 one more release", "Thanks for the input"]],
  ["ADDRESSED_ASK", request.ADDRESSED_ASK, [", can you", " could you"], [" can we"]],
  ["FROM_PARTY", request.FROM_PARTY, ["someone from Dev", "feedback from the Design"], ["from Dev"]],
  ["MENTION", request.MENTION, ["@maya", "[[Sarah Jones]]"], ["mail@", "[Sarah]"]],
  ["DUE_WORD", request.DUE_WORD, ["due by May 1", "before Friday", "EOD"], ["soon-ish"]],
  ["SUBORDINATE_BEFORE", request.SUBORDINATE_BEFORE, ["If you ", "before "], ["We "]],
  ["DOC_SELF_REFERENCE", request.DOC_SELF_REFERENCE, ["in addition to this section", "the following articles"], ["this sprint"]],
  ["BARE_ASK", request.BARE_ASK, ["PTAL at the KEP", "Call for volunteers", "Comments due by Friday", "let us know"], ["the call went well", "let it go"]],
  ["NEED_TO_DECIDE", request.NEED_TO_DECIDE, ["need to decide", "needs to make a call"], ["need to ship"]],
  ["FROM_AFTER", request.FROM_AFTER, [" from Dev"], [" for Dev"]],
  ["URL_TEXT", request.URL_TEXT, ["see https://x.y/z"], ["http:/x"]],
  // rules/window
  ["WINDOW_CUE", window.WINDOW_CUE, ["unless someone raises a blocker", "if there is no push back", "if nobody objects", "lazy consensus"], ["unless it rains", "if there is time"]],
  ["OBJECT_OTHERWISE", window.OBJECT_OTHERWISE, ["Object by Friday, otherwise we merge"], ["Object by Friday"]],
  ["DEFAULT_ACT", window.DEFAULT_ACT, ["I'm proceeding", "we'll ship", "let's go", "going with X"], ["any type defaults to note"]],
  ["CHOICE", window.CHOICE, ["proceeding with Option A", "going with vendor X", "switch to pnpm"], ["going home"]],
  ["CLAUSE_THEN_DEFAULT", window.CLAUSE_THEN_DEFAULT, ["Unless anyone objects by Friday, we'll", "If nobody objects, I'm merging"], ["Unless anyone objects we merge"]],
  ["CHOICE_END", window.CHOICE_END, [" at 3pm", " unless", ", then"], ["Option"]],
];

describe("named regexes of src/extract", () => {
  it.each(ROWS)("%s matches its positives and not its negatives", (_name, pattern, positives, negatives) => {
    const re = plainPattern(pattern);
    expect(positives.length).toBeGreaterThan(0);
    for (const text of positives) expect(re.test(text), `should match: ${JSON.stringify(text)}`).toBe(true);
    for (const text of negatives) expect(re.test(text), `should not match: ${JSON.stringify(text)}`).toBe(false);
  });

  it("covers every exported regex of the extract folder", () => {
    const modules = [classify, extract, lead, nameKey, names, noteDate, header, personFields, plain, preamble, commitment, decision, dependency, finding, fyi, nounPhrase, predicate, request, window, section, segment, sentences, taskLine, title];
    const exported = new Set(modules.flatMap((m) => Object.values(m).filter((v): v is RegExp => v instanceof RegExp)));
    const tested = new Set(ROWS.map((r) => r[1]));
    const missing = [...exported].filter((re) => !tested.has(re)).map((re) => re.source.slice(0, 60));
    expect(missing).toEqual([]);
  });
});
