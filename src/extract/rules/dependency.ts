import type { Directory } from "../../model/person";
import { readNames } from "../names";
import { capitalise, type Finding, SELF, type SentenceView, trimPhrase } from "./finding";
import { isNounPhrase } from "./noun-phrase";

/**
 * Dependencies: someone is blocked until another party acts or a thing happens.
 * "need sign-off from Dev before Friday EOD", "blocked until the API is merged", "Waiting on
 * Wei Ling for the load test results", "will need rebase after 87759 is merged".
 */

/** Denials of a blocker: "Nothing blocking", "not blocked", "no blockers", "unblocked", "non-blocking", "was blocked" (over). */
export const NOT_BLOCKED = /\b(?:not|no[ \t]+longer|nothing(?:[ \t]+is)?|no|never|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|was|were|had[ \t]+been)[ \t]+(?:currently[ \t]+|really[ \t]+)?block|\bunblock|\bno[ \t]+blockers?\b|\bnon[ -]?blocking\b/i;
/** "blocked on/by/until/pending/behind X": group 1 is what blocks. */
export const BLOCKED_ON = /\bblocked[ \t]+(?:on|by|until|pending|behind|waiting[ \t]+(?:on|for))[ \t]+(.+)/i;
/** "X is blocking us": group 1 is what blocks. */
export const IS_BLOCKING = /^(.{2,80}?)[ \t]+(?:is|are)[ \t]+(?:still[ \t]+)?blocking\b/i;
/** "The blocker is X" / "Main blocker: X": group 1. */
export const BLOCKER_IS = /\bblockers?[ \t]*(?:is|are|:|=)[ \t]+(.+)/i;
/** "waiting on/for X", "awaiting X": group 1 is the object. */
export const WAITING = /\b(?:waiting|awaiting|await)[ \t]+(?:(?:on|for)[ \t]+)?(.+)/i;
/**
 * Waiting that is not a dependency: "while waiting", "without waiting", "no need to wait", "not
 * waiting", and a relative clause that describes waiting in general ("the update says what it
 * is waiting on", "what you're waiting for").
 */
export const NOT_WAITING = /\b(?:while|without|instead[ \t]+of|no[ \t]+need[ \t]+to|not|don['’]t|do[ \t]+not|stop|worth|keep[ \t]+you)[ \t]+(?:be[ \t]+)?(?:wait|waiting)\b|\b(?:what|whatever|which|whom?)\b[^,.;:]{0,30}?\bwaiting\b/i;
/** An object that is no object: "waiting on and who can unblock it", "waiting for." */
export const EMPTY_OBJECT = /^[ \t]*(?:$|(?:and|or|but|so|nor|then)\b|[,;:.!?)])/i;
/**
 * A condition or a time clause open before the cue: "If you're blocked, say on what", "When you
 * need sign-off from legal, …", "in case it is waiting on review". A hypothetical, not a state.
 */
export const HYPOTHETICAL_BEFORE = /\b(?:if|when|whenever|unless|in[ \t]+case|should[ \t]+you|as[ \t]+soon[ \t]+as)\b[^,.;:]*$/i;
/**
 * "need the barcodes from Rosa", "still need an updated quote from the core": a thing needed
 * from someone, with a determiner (group 1 the thing, group 2 the party). The party must be
 * someone the directory knows or a capitalised name, read by the caller.
 */
export const NEED_THING_FROM = /\b(?:need|needs|needed|require|requires|required)[ \t]+(?:the|a|an|some|their|his|her|your|our|more|final|updated|new|signed)[ \t]+((?:[\p{L}\p{N}'’-]+[ \t]+){0,3}?[\p{L}\p{N}'’-]+)[ \t]+from[ \t]+(.+)/iu;
/** "need sign-off from Dev": group 1 is the action, group 2 the party. */
export const NEED_FROM = /\b(?:need|needs|needed|require|requires|required|still[ \t]+need)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+|some[ \t]+|their[ \t]+|his[ \t]+|her[ \t]+|final[ \t]+|formal[ \t]+|an[ \t]+ok[ \t]+|explicit[ \t]+)?(sign[ -]?off|approval|approvals|review|reviews|input|feedback|go[ -]ahead|green[ -]light|ok|okay|answers?|confirmation|access|decision|response|reply|help|budget|data|numbers|specs?|designs?|assets|credentials|keys|copy|estimates?|legal[ \t]+review|security[ \t]+review|a[ \t]+decision)(?:[ \t]+(?:on|to|for|in|of)[ \t]+[^,;.]{1,40}?)?[ \t]+from[ \t]+(.+)/i;
/** "need Dev to sign off": the word after "need" starts a name; group 0 ends before it. */
export const NEED_SOMEONE = /\b[Nn]eeds?[ \t]+(?=[@[\p{Lu}])/gu;
/** " to sign off" after a party's name: group 1 is the action. */
export const NEED_TO_VERB = /^[ \t]+to[ \t]+([\p{L}-]+(?:[ \t]+(?:off|up|out|over|on|in))?)/u;
/** "… after/until/once 87759 is merged": group 1 is the thing, group 2 the event. */
export const AFTER_EVENT = /\b(?:after|until|once|till)[ \t]+(.{1,80}?)[ \t]+(?:is|are|gets?|has[ \t]+been|have[ \t]+been)[ \t]+(merged|released|approved|landed|done|fixed|ready|deployed|published|shipped|signed[ \t]+off|reviewed|available|finished|completed?|resolved|decided|in)\b/i;
/** Something that makes an "after X is merged" a dependency rather than a plan. */
export const NEEDY = /\b(?:need|needs|will[ \t]+need|requires?|can['’]t|cannot|can[ \t]+not|won['’]t|unable|blocked|waiting|on[ \t]+hold|hold(?:ing)?[ \t]+off)\b/i;
/** "depends on X", "contingent on X", "pending review from X", "on hold until X": group 1 or 2 is the object. */
export const DEPENDS_ON = /\b(?:depends|dependent|contingent|conditional)[ \t]+(?:on|upon)[ \t]+(.+)|\bpending[ \t]+((?:[\w-]+[ \t]+){0,2}?(?:review|approval|sign[ -]?off|merge|feedback|decision|confirmation|answer|response|release|fix)\b.*)|\bon[ \t]+hold[ \t]+(?:until|pending|for)[ \t]+(.+)/i;
/** A bare blocked state: "The release is blocked.", "We're still blocked." */
export const IS_BLOCKED = /\b(?:is|are|am|['’]m|['’]re|['’]s|still|currently|remains?)[ \t]+(?:still[ \t]+|currently[ \t]+)?blocked\b/i;
/**
 * A "depends on" object that is a piece of work (a merge, an approval, a number, a PR), not a
 * variable: "depends on #1234 being merged" is a dependency, "depends on your plan" is a description.
 */
export const WORK_OBJECT = /#\d|\d{3,}|\b(?:PR|pull[ \t]+request|KEP|merg(?:e|ed|ing)|approv(?:al|ed)|review|sign[ -]?off|release|fix|landing|landed|being|getting|to[ \t]+be|decision|legal|budget)\b/i;
/** "can't ship until/without X", "can't release anything derived from their samples until X" (same clause): group 1 is the object. */
export const CANT_UNTIL = /\b(?:can(?:no|['’])t|cannot|can[ \t]+not|unable[ \t]+to|won['’]t[ \t]+be[ \t]+able[ \t]+to)[ \t]+[^,.;:!?]{0,80}?\b(?:until|without)[ \t]+(.+)/i;
/** The reader as the subject before "can't": "your data center cannot be moved without …" describes the product, not a wait. */
export const READER_BEFORE = /\b(?:you|your)\b[^,.;:]*$/i;
/** "cannot be moved without …": a constraint in the passive, not something the writer waits for. */
export const PASSIVE_AFTER = /^(?:can(?:no|['’])t|cannot|can[ \t]+not)[ \t]+be[ \t]/i;
/** "stuck on X", "stuck waiting for X": group 1. */
export const STUCK_ON = /\bstuck[ \t]+(?:on|behind|with|in|waiting[ \t]+(?:on|for))[ \t]+(.+)/i;
/** "They still owe us the brand guidelines", "Acme owes me a quote": something another party owes. Group 1 the party, group 2 the thing. */
export const OWED = /^(.{1,40}?)[ \t]+(?:still[ \t]+)?(?:owes?|owed)[ \t]+(?:us|me)[ \t]+(.+)/i;
/**
 * Another party's approval or answer the writer waits for: "Acme's legal team needs to sign off
 * on the tagline", "Finance has to approve the budget first". Group 1 is the party, group 2 the
 * action. The party is not "I", "we" or "you" (then it is the writer's own to-do).
 */
export const PARTY_MUST = /^(.{2,60}?)[ \t]+(?:still[ \t]+)?(?:(?:needs|need|has|have)[ \t]+to|must)[ \t]+(sign[ \t-]?off|approve|confirm|review|answer|reply|respond|decide|agree|green[ -]?light|okay|ok)\b/i;
/** "I still need your audit slide", "we're waiting for your numbers": a thing the addressee owes (group 1), unless it is feedback, which is a request. */
export const NEED_YOUR = /\b(?:I|we)(?:['’]m|['’]re|[ \t]+am|[ \t]+are)?[ \t]+(?:still[ \t]+)?(?:need|waiting[ \t]+(?:on|for))[ \t]+your[ \t]+((?!(?:input|feedback|reviews?|thoughts|comments?|eyes|opinions?|help|approvals?|votes?|answers?|suggestions?|ideas)\b)[\p{L}\p{N}'’-][^,.;:!?]*)/iu;
/** A party that is only a pronoun ("They still owe us …"): the title names what is owed, not "from They". */
export const PRONOUN_PARTY = /^(?:they|he|she|them)$/i;
/** Something needed that is still missing: "Legal sign-off on the tagline is still outstanding", "the permit is still pending". Group 1 the thing. */
export const STILL_OUTSTANDING = /^(.{2,60}?)[ \t]+(?:is|are)[ \t]+(?:still[ \t]+)?(?:outstanding|pending|missing|overdue|not[ \t]+(?:in|through|back|signed))\b/i;
/**
 * A subject that is the reader, the writer or a hedge: "You will also need to decide", "Your
 * organization may have to approve". Documentation describes what the reader may face; a team
 * note's own needs are read by the other rules.
 */
export const NOT_A_PARTY = /\b(?:I|we|you|your|they|it|this|that|will|would|may|might|could|should|also)\b/i;
/** Any word a dependency rule starts from (tested on the lower-cased sentence before the rules run). */
export const DEPENDENCY_CUE = /need|requir|block|stuck|wait|after|until|once|till|depend|contingent|conditional|pending|hold|without|owe|must|has to|have to|outstanding|missing|overdue|not in|not through|not back|not signed/;
/** Words that make a line under a "Blockers" heading a dependency: a need, or a thing people wait for ("Venue contract", "Parks Victoria permit"). */
export const BLOCKER_WORDS = /\b(?:need|needs|needed|waiting|wait|pending|until|approval|sign[ -]?off|review|access|answer|decision|input|blocked|stuck|depends|hold|from|legal|budget|confirmation|permits?|permission|contract|credentials|licen[cs]e|quote|visa|delivery|shipment|go-ahead|green[ -]light)\b/i;
/** A line that says there is nothing: "None", "Nothing", "N/A", "No blockers". */
export const NOTHING = /^(?:none|nothing|n\/a|na|nil|no|nope|-)\b/i;
/** A party the directory does not know: up to three capitalised words ("SIG Arch"), else one word ("steering"). */
export const PARTY_WORDS = /^(?:the[ \t]+)?((?:@?[\p{Lu}][\p{L}\p{N}_-]*)(?:[ \t]+[\p{Lu}][\p{L}\p{N}_-]*){0,2}|@?[\p{L}][\p{L}\p{N}_-]*)/u;
/** Where an object phrase ends: a new clause, a reason, a deadline. */
export const OBJECT_END = /[ \t]+(?:so|because|since|which|but|and[ \t]+(?:I|we|then|will|should)|before|by|to[ \t]+(?:be|get|finish|ship|start|merge|proceed|continue))\b|[,;(]|[ \t]+[–—-][ \t]/i;

/** The dependencies in a sentence (at most one: the first cue that fits). */
export function findDependencies(s: SentenceView): Finding[] {
  const t = s.text;
  const lower = s.lower;
  if (s.label !== "dependency" && s.label !== "blocker" && s.section !== "blockers" && s.section !== "waiting" && !DEPENDENCY_CUE.test(lower)) return [];
  const blockish = lower.includes("block") || lower.includes("stuck");
  const blockedDenied = blockish && NOT_BLOCKED.test(t);
  let m: RegExpExecArray | null;
  // A cue inside a condition ("If you're blocked, say on what") describes a case, not a state.
  const stated = (found: RegExpExecArray | null): found is RegExpExecArray => found !== null && !HYPOTHETICAL_BEFORE.test(t.slice(s.lead.rest, found.index));

  if (lower.includes("need") || lower.includes("requir")) {
    const found = needDependency(s);
    if (found) return [found];
  }
  if (blockish && !blockedDenied) {
    // "Blocker:" as the sentence's own label is read below, not as "the blocker is …".
    const blockerIs = s.label === "blocker" ? null : BLOCKER_IS.exec(t);
    if (stated((m = BLOCKED_ON.exec(t))) || stated((m = STUCK_ON.exec(t))) || stated((m = blockerIs))) {
      return [waitingDep(m.index, t, m[1] ?? "", s.directory, blockedTitle(m[0]))];
    }
    if ((m = IS_BLOCKING.exec(t.slice(s.lead.rest)))) {
      const what = trimPhrase(m[1] ?? "");
      if (!/^(?:nothing|no\s?one|nobody|none|it)$/i.test(what)) return [dep(s.lead.rest, t.length, { waitingFor: what, title: `Blocked by ${what}` })];
    }
  }
  if (lower.includes("wait") && stated((m = WAITING.exec(t))) && !NOT_WAITING.test(t) && !EMPTY_OBJECT.test(m[1] ?? "")) {
    // "Waiting to hear back from Acme's IT": the object is a clause, kept as written.
    if (/^to[ \t]/i.test(m[1] ?? "")) return [dep(m.index, t.length, { waitingFor: clip(m[1] ?? ""), title: `Waiting ${clip(m[1] ?? "")}` })];
    return [waitingDep(m.index, t, m[1] ?? "", s.directory)];
  }
  if ((lower.includes("after") || lower.includes("until") || lower.includes("once") || lower.includes("till")) && stated((m = AFTER_EVENT.exec(t))) && NEEDY.test(t.slice(0, m.index))) {
    const what = `${trimPhrase(m[1] ?? "")} is ${m[2] ?? ""}`;
    return [dep(s.lead.rest, t.length, { waitingFor: what, title: `Waiting until ${what}` })];
  }
  if ((lower.includes("depend") || lower.includes("contingent") || lower.includes("conditional") || lower.includes("pending") || lower.includes("hold")) && (m = DEPENDS_ON.exec(t)) && (m[1] === undefined || WORK_OBJECT.test(clip(m[1])))) {
    return [waitingDep(m.index, t, m[1] ?? m[2] ?? m[3] ?? "", s.directory, m[1] !== undefined ? "Depends on" : m[2] !== undefined ? "Pending" : "On hold until")];
  }
  const rest0 = t.slice(s.lead.rest);
  if ((m = OWED.exec(rest0)) && !/^(?:I|we|you)$/i.test((m[1] ?? "").trim())) {
    const what = clip(m[2] ?? "");
    const who = trimPhrase(m[1] ?? "");
    return [dep(s.lead.rest, t.length, { parties: partyList(who, s.directory), waitingFor: what, title: PRONOUN_PARTY.test(who) ? `Waiting for ${what}` : `${capitalise(what)} from ${who}` })];
  }
  if ((m = PARTY_MUST.exec(rest0)) && !NOT_A_PARTY.test(m[1] ?? "") && !HYPOTHETICAL_BEFORE.test(m[1] ?? "")) {
    const action = (m[2] ?? "").toLowerCase().replace(/^sign[ \t-]?off$/, "sign-off");
    return [dep(s.lead.rest, t.length, { parties: partyList(m[1] ?? "", s.directory), action, title: `${capitalise(action)}: ${trimPhrase(m[1] ?? "")}` })];
  }
  if (stated((m = NEED_YOUR.exec(t)))) {
    const addressed = readNames(t, s.lead.rest, s.directory);
    const party = addressed && /^[ \t]*,/.test(t.slice(addressed.end)) ? addressed.names.map((n) => n.raw) : [];
    const what = clip(m[1] ?? "");
    return [dep(m.index, t.length, { parties: party, waitingFor: what, title: party[0] ? `${capitalise(what)} from ${party[0]}` : `Waiting for ${what}` })];
  }
  if ((m = STILL_OUTSTANDING.exec(rest0)) && !/^(?:it|this|that|nothing|none)$/i.test((m[1] ?? "").trim())) {
    const what = trimPhrase(m[1] ?? "");
    return [dep(s.lead.rest, t.length, { waitingFor: what, title: `Waiting for ${what}` })];
  }
  if (blockish && !blockedDenied && stated((m = IS_BLOCKED.exec(t)))) return [dep(s.lead.rest, t.length, { title: trimPhrase(t.slice(s.lead.rest)) || t })];
  if ((lower.includes("until") || lower.includes("without")) && stated((m = CANT_UNTIL.exec(t))) && !READER_BEFORE.test(t.slice(0, m.index)) && !PASSIVE_AFTER.test(t.slice(m.index))) return [waitingDep(m.index, t, m[1] ?? "", s.directory, "Blocked until")];
  const rest = t.slice(s.lead.rest);
  if (rest.trim() === "" || NOTHING.test(rest) || (blockish && blockedDenied)) return [];
  // After "Waiting on:" the words are what is waited for. After "Blocker:" they are only when they
  // name a thing ("Blocker: staging credentials from IT"): "Blocker: the legal review is not done"
  // states why a decision should wait, which src/store/blocker-lines.ts reads as a decision blocker.
  if (s.label === "dependency" || (s.label === "blocker" && isNounPhrase(rest))) return [dep(s.lead.rest, t.length, { waitingFor: trimPhrase(rest), title: rest })];
  // Under "Waiting on", the first sentence of a line is what is waited for, whatever its words.
  if (s.section === "waiting" && s.label === null && s.leadSentence && s.teamNote) return [dep(s.lead.rest, t.length, { waitingFor: trimPhrase(rest), title: `Waiting for ${rest}`, fromContext: true })];
  // A line under "Blockers" is itself what blocks when it names a need or a thing waited for
  // ("Parks Victoria permit"); the sentences after it explain it.
  if (s.section === "blockers" && s.label === null && s.leadSentence && BLOCKER_WORDS.test(rest)) return [dep(s.lead.rest, t.length, { waitingFor: trimPhrase(rest), title: rest, fromContext: true })];
  return [];
}

/** "need sign-off from Dev", "need Dev to sign off". */
function needDependency(s: SentenceView): Finding | null {
  const t = s.text;
  let m: RegExpExecArray | null;
  if ((m = NEED_FROM.exec(t)) && !HYPOTHETICAL_BEFORE.test(t.slice(0, m.index))) {
    const party = partyAt(m[2] ?? "", s.directory);
    if (party) {
      const action = normaliseAction(m[1] ?? "");
      return dep(m.index, t.length, { parties: [party], action, title: `${capitalise(action)} from ${party}` });
    }
  }
  if ((m = NEED_THING_FROM.exec(t)) && !HYPOTHETICAL_BEFORE.test(t.slice(0, m.index))) {
    const names = readNames(m[2] ?? "", 0, s.directory);
    const first = names?.names[0];
    if (names && first && (first.known || !first.lower)) {
      const what = trimPhrase(m[1] ?? "");
      return dep(m.index, t.length, { parties: names.names.map((n) => n.raw), waitingFor: what, title: `${capitalise(what)} from ${first.raw}` });
    }
  }
  NEED_SOMEONE.lastIndex = 0;
  while ((m = NEED_SOMEONE.exec(t))) {
    if (HYPOTHETICAL_BEFORE.test(t.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    const names = readNames(t, at, s.directory);
    const after = names ? NEED_TO_VERB.exec(t.slice(names.end)) : null;
    if (names && after && names.names[0]) {
      const party = names.names[0].raw;
      const action = after[1] ?? "";
      return dep(m.index, t.length, { parties: names.names.map((n) => n.raw), action, title: `${capitalise(action)}: ${party}` });
    }
  }
  return null;
}

/** The people or teams the directory knows in a subject ("Acme's legal team" → none, "Finance" → Finance when it is a team). */
function partyList(subject: string, directory: Directory): string[] {
  const names = readNames(subject.replace(/^the[ \t]+/i, ""), 0, directory);
  return names ? names.names.filter((n) => n.known).map((n) => n.raw) : [];
}

/** "Blocked until", "Blocked on", "Stuck on", "Blocked by": how a blocker's title starts, from its cue. */
function blockedTitle(cue: string): string {
  const m = /^(blocked|stuck)[ \t]+(on|by|until|pending|behind|waiting[ \t]+(?:on|for))/i.exec(cue);
  return m ? `${capitalise((m[1] ?? "").toLowerCase())} ${(m[2] ?? "").toLowerCase()}` : "Blocked by";
}

function waitingDep(start: number, text: string, objectText: string, directory: Directory, lead = "Waiting for"): Finding {
  const object = clip(objectText);
  const names = readNames(object, 0, directory);
  const first = names?.names[0];
  if (names && first && (first.known || (!first.lower && /^[ \t]+(?:for|to|on)\b|^$|^['’]s\b/.test(object.slice(names.end))))) {
    const party = first.raw;
    const forWhat = /^(?:['’]s[ \t]+|[ \t]+(?:for|to|on)[ \t]+)(.*)$/.exec(object.slice(names.end));
    const what = forWhat ? trimPhrase(forWhat[1] ?? "") : null;
    return dep(start, text.length, { parties: names.names.map((n) => n.raw), waitingFor: what || null, title: what ? `${capitalise(what)} from ${party}` : `Waiting on ${party}` });
  }
  return dep(start, text.length, { waitingFor: object || null, title: object ? `${lead} ${object}` : text });
}

function dep(start: number, end: number, fields: Partial<Finding> & { title: string }): Finding {
  return { kind: "dependency", start, end, owner: SELF, parties: [], action: null, waitingFor: null, ...fields };
}

/** The party named at the start of `text` ("Dev before Friday EOD" → "Dev"), or null. */
function partyAt(text: string, directory: Directory): string | null {
  const names = readNames(text.replace(/^the[ \t]+/i, ""), 0, directory);
  const first = names?.names[0];
  if (first?.known) return first.raw;
  const word = PARTY_WORDS.exec(text);
  return word?.[1] ?? null;
}

function clip(text: string): string {
  const end = OBJECT_END.exec(text);
  return trimPhrase(end ? text.slice(0, end.index) : text);
}

function normaliseAction(action: string): string {
  return action.toLowerCase().replace(/^sign[ -]?off$/, "sign-off").replace(/[ \t]+/g, " ");
}
