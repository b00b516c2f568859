import type { Directory } from "../../model/person";
import { type NameMatch, readNames } from "../names";
import { type Finding, QUESTION, SELF, type SentenceView, trimPhrase } from "./finding";

/**
 * Requests: the writer asks others for something. "Input needed by Thursday EOD", "Decision
 * needed: see options below", "please review …", "Could someone from Dev review … by Friday?",
 * "Looking for feedback on …", "we need your comments and feedback!". The owner is the asker;
 * `parties` are who is asked.
 */

/** "<input|feedback|review|…> needed/wanted/required/welcome": the thing asked for, then a word saying it is wanted. */
export const THING_NEEDED = /\b(?:input|feedback|reviews?|reviewers?|approvals?|decisions?|help|thoughts|comments?|eyes|opinions?|answers?|responses?|repl(?:y|ies)|volunteers?|votes?|sign[ -]?offs?|suggestions?|ideas|objections|questions|PTAL)[ \t]+(?:is[ \t]+|are[ \t]+)?(?:needed|wanted|required|requested|welcome|appreciated|encouraged|please)\b/i;
/**
 * "need your feedback", "looking for reviewers", "would like some input", "seeking volunteers",
 * "we welcome comments": asking for something. "someone", "an owner", "hands" count only after
 * a verb of needing ("need someone to …", "looking for an owner"); after "invite" or "welcome"
 * only a response counts ("invite someone" in a product description asks nobody anything).
 */
export const ASKING_FOR = /\b(?:need|needs|needed|would[ \t]+like|['’]d[ \t]+like|want|looking[ \t]+for|seeking|requesting|asking[ \t]+for)[ \t]+(?:your[ \t]+|some[ \t]+|any[ \t]+|more[ \t]+|a[ \t]+few[ \t]+|a[ \t]+|an[ \t]+|everyone['’]s[ \t]+|people['’]s[ \t]+|the[ \t]+team['’]s[ \t]+|(?:\w+[ \t]+)?(?:and|&)[ \t]+)?(?:input|feedback|reviews?|reviewers?|thoughts|comments?|eyes|opinions?|help|approvals?|votes?|volunteers?|answers?|decision|sign[ -]?off|suggestions?|ideas|someone|somebody|an[ \t]+owner|a[ \t]+volunteer|takers|approvers|reviewers|owners|hands)\b|\b(?:welcome|appreciate|invite)[ \t]+(?:your[ \t]+|any[ \t]+|all[ \t]+|more[ \t]+)?(?:input|feedback|reviews?|thoughts|comments?|opinions?|suggestions?|ideas|questions|volunteers|contributions)\b/i;
/**
 * "please <verb>" with a verb that asks for a reaction (review, comment, fill, object, approve,
 * vote, confirm, …). Docs-style instructions ("please contact support", "please note", "please
 * see", "please be patient") use other verbs and are not requests. Group 1 is the verb.
 */
export const PLEASE = /\b(?:please|pls|plz|kindly),?[ \t]+(?:(?:everyone|all|folks|team|y['’]all),?[ \t]+)?(?:do[ \t]+|also[ \t]+|could[ \t]+you[ \t]+|can[ \t]+you[ \t]+)?(review|comment|fill|object|approve|sign|confirm|vote|respond|reply|answer|share|send|take|look|add|update|weigh|chime|provide|give|test|try|check|help|upload|register|rsvp|prepare|prioriti[sz]e|pick|choose|decide|raise|let|join|read|submit|ack|acknowledge|ping|leave|put|suggest|nominate|volunteer|sync|merge|ptal|post|reach|move|bring|book|cover|clear|label|tidy|return|grab|swap|hold|reserve|collect|sort|double-check|\+1)\b/i;
/**
 * A clause addressed to a reader before the "please": "If you …, please …", "When you …,
 * please …", "For more information, please …", "To report a bug, please …". A team's "If
 * anyone is interested, please reach out" is not one (it addresses colleagues, not "you").
 */
export const CONDITIONAL_OPENER = /^(?:(?:if|when|whenever|before|after|once|while|in[ \t]+case|should|unless)\b[^,]*\b(?:you|your|you['’]re|you['’]ve)\b[^,]*,|(?:if|when)[ \t]+(?:so|yes|not|needed|necessary|possible|applicable)\b[^,]*,|(?:for|to|as|since|however|otherwise|also)\b[^,]*,)/i;
/** "Could someone review …?", "@maya can you …?", "Does anyone have …?", "Who can …?", "Any thoughts?". */
export const ASK_QUESTION = /^(?:(?:could|can|would|will|might)[ \t]+(?:someone|somebody|anyone|anybody|one[ \t]+of[ \t]+(?:you|us)|you|y['’]all|you[ \t]+all|folks|everyone|people|the[ \t]+[\w-]+[ \t]+team|[\w-]+[ \t]+from[ \t]+[\w-]+)\b|(?:does|do|has|have|is|are)[ \t]+(?:anyone|anybody|someone|somebody|everyone)\b|(?:who|which[ \t]+team)[ \t]+(?:can|could|will|would|wants|is[ \t]+able|has[ \t]+time)\b|(?:any|anyone|anybody|someone|somebody|thoughts|opinions|objections|concerns|feedback|input|comments|volunteers|takers)\b)/i;
/**
 * A group addressed at the start: "Design folks:", "Wet lab folks,", "Team,", "All:", "Everyone
 * -". Group 1 is the group's name when it has one ("Design", "Wet lab").
 */
export const VOCATIVE = /^(?:([\p{L}@][\p{L}\p{N}_-]*(?:[ \t]+[\p{L}][\p{L}\p{N}_-]*)?)[ \t]+(?:folks|team|people|crew|friends|peeps|gang|colleagues|squad)|folks|team|all|everyone|everybody|y['’]all|hi[ \t]+all|hey[ \t]+all)[ \t]*[,:–—-][ \t]*/iu;
/** Where a later clause of a question starts: after a dash, a semicolon or a comma ("I've pushed it — could you take a look?"). */
export const QUESTION_CLAUSE = /(?:[;–—]|,|[ \t]-)[ \t]+/g;
/** "Name, can you …?" or "@handle could you …?": someone addressed, then a question to them. */
export const ADDRESSED_ASK = /^[ \t]*,?[ \t]*(?:can|could|would|will)[ \t]+you\b/i;
/** "someone from Dev", "from the Design team": group 1 is the party asked. */
export const FROM_PARTY = /\b(?:someone|somebody|anyone|anybody|folks|people|reviewers?|input|feedback|help|volunteers?|eyes)[ \t]+(?:from|on|in)[ \t]+(?:the[ \t]+)?(@?[\p{L}][\p{L}\p{N}_-]*)/iu;
/** "@handle" or "[[Name]]" mentions: parties asked. */
export const MENTION = /@[\p{L}\p{N}_][\p{L}\p{N}_.-]*[\p{L}\p{N}_]|\[\[[^\][]{1,80}\]\]/gu;
/** Asks that need no verb: "PTAL", "call for volunteers", "comments due by Friday", "let us know". */
export const BARE_ASK = /\bPTAL\b|\bcall[ \t]+for[ \t]+(?:volunteers|proposals|papers|speakers|reviewers|feedback|input|comments|help)\b|\b(?:comments|feedback|input|reviews|votes|responses|answers)[ \t]+(?:are[ \t]+)?due\b|\blet[ \t]+(?:us|me)[ \t]+know\b/i;
/** "we need to decide / agree / choose …": a decision is asked for. */
export const NEED_TO_DECIDE = /\b(?:need|needs)[ \t]+to[ \t]+(?:decide|agree|choose|pick|settle|align|make[ \t]+a[ \t]+(?:decision|call))\b/i;
/** "… from Dev": what is needed comes from a named party, which makes it a dependency, not a request. */
export const FROM_AFTER = /^[ \t]+from[ \t]/i;
/** A subordinate clause open right before a cue: "If you need help …", "before asking for help", "when you want feedback". */
export const SUBORDINATE_BEFORE = /\b(?:if|when|whenever|before|after|while|without|once|unless|you|in[ \t]+case)\b[^,.;:]*$/i;
/** The text talking about itself, as documentation does: "this section", "the following page", "in this guide". */
export const DOC_SELF_REFERENCE = /\b(?:this|the[ \t]+following)[ \t]+(?:section|page|article|guide|tutorial|document(?:ation)?|help[ \t]+page|articles|pages)\b/i;
/**
 * A relative clause right before a cue: "what needs a decision", "whatever needs review",
 * "anything that needs input". It describes a kind of thing; it asks for nothing.
 */
export const RELATIVE_BEFORE = /\b(?:what|whatever|whichever|whoever|(?:anything|everything|something|anyone|everyone)[ \t]+(?:that|which|who))[ \t]+(?:[\w'’-]+[ \t]+){0,2}$/i;
/**
 * What makes a line under a requests heading ("Decisions needed", "Asks", "Questions") a
 * request: a question, a word of needing or asking, a choice to make ("which", "whether",
 * "should we"), or an ask addressed to someone. "None yet.", "My vote is 1.", "Two weeks." and
 * the options listed under "Decision needed: see options below" ask nothing on their own.
 */
export const SECTION_ASK = /\?|\b(?:need|needs|needed|want|wanted|please|pls|kindly|which|whether|should[ \t]+(?:we|I|they|it)|(?:can|could|would)[ \t]+(?:we|you|someone|anyone|somebody|anybody)|let[ \t]+(?:me|us)[ \t]+know|(?:your|any|some)[ \t]+(?:input|feedback|thoughts|votes?|views|opinions?)|(?:input|feedback|thoughts|votes?|views|opinions?|sign[ -]?off|approval)[ \t]+(?:on|about|from|needed|wanted|welcome|please)|decision[ \t]+(?:on|about|between))\b/i;
/** A deadline-ish word, to tell "Talk at Force 18? (due by May 1)" from an idle question. */
export const DUE_WORD = /\b(?:due|by|before|until|deadline|EOD|EOW|COB)\b/i;

/** The request in a sentence, or null. */
export function findRequest(s: SentenceView): Finding | null {
  const start = requestStart(s);
  if (start === null) return null;
  const t = s.text;
  const rest = t.slice(s.lead.rest);
  return { kind: "request", start, end: t.length, owner: SELF, parties: partiesIn(t, s.directory), title: /[\p{L}]{3}/u.test(rest.replace(URL_TEXT, "")) ? rest : t };
}

/** A URL in plain text. */
export const URL_TEXT = /\bhttps?:\/\/\S+/g;

/** Where the request in a sentence starts, or null when it asks for nothing. */
function requestStart(s: SentenceView): number | null {
  const t = s.text;
  const rest = t.slice(s.lead.rest);
  if (s.label === "request") return 0;
  const needed = THING_NEEDED.exec(t) ?? ASKING_FOR.exec(t) ?? NEED_TO_DECIDE.exec(t) ?? BARE_ASK.exec(t);
  if (needed && !SUBORDINATE_BEFORE.test(t.slice(0, needed.index)) && !RELATIVE_BEFORE.test(t.slice(0, needed.index)) && !FROM_AFTER.test(t.slice(needed.index + needed[0].length)) && !insideQuotes(t, needed.index)) return 0;
  const please = PLEASE.exec(t);
  if (please && !CONDITIONAL_OPENER.test(rest) && !DOC_SELF_REFERENCE.test(t)) return please.index;
  const mark = QUESTION.exec(t);
  if (mark !== null) {
    const vocative = VOCATIVE.exec(rest);
    const asked = vocative ? rest.slice(vocative[0].length) : rest;
    if (ASK_QUESTION.test(asked)) return s.lead.rest;
    const names = readNames(rest, 0, s.directory);
    if (names && allAddressable(names.names) && ADDRESSED_ASK.test(rest.slice(names.end))) return s.lead.rest;
    const clause = laterAsk(rest, mark.index - s.lead.rest);
    if (clause !== null) return s.lead.rest + clause;
    if (DUE_WORD.test(t.slice(mark.index))) return 0;
  }
  if (s.section === "requests" && s.leadSentence && s.teamNote && rest.trim() !== "" && SECTION_ASK.test(rest)) return 0;
  return null;
}

/** Where a later clause of a question asks someone ("… — could you accept them by Friday?"), or null. */
function laterAsk(text: string, mark: number): number | null {
  QUESTION_CLAUSE.lastIndex = 0;
  for (let m = QUESTION_CLAUSE.exec(text); m !== null && m.index < mark; m = QUESTION_CLAUSE.exec(text)) {
    const at = m.index + m[0].length;
    if (ASK_QUESTION.test(text.slice(at)) && !/^(?:any|anyone|anybody|someone|somebody|thoughts|opinions|objections|concerns|feedback|input|comments|volunteers|takers)\b/i.test(text.slice(at))) return at;
  }
  return null;
}

/** True when `index` falls inside a double-quoted span: a quoted "Decision needed" is a mention, not an ask. */
function insideQuotes(text: string, index: number): boolean {
  let open = false;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) open = !open;
    else if (c === 0x201c /* “ */) open = true;
    else if (c === 0x201d /* ” */) open = false;
  }
  return open;
}

function allAddressable(names: readonly NameMatch[]): boolean {
  for (const n of names) if (!n.known && !n.raw.startsWith("@")) return false;
  return true;
}

/** Who a request asks: "someone from Dev" → Dev, `@maya`, `[[Sarah Jones]]`, a name addressed at the start. */
function partiesIn(text: string, directory: Directory): string[] {
  const parties: string[] = [];
  const from = FROM_PARTY.exec(text);
  if (from?.[1]) parties.push(from[1]);
  if (text.includes("@") || text.includes("[[")) {
    for (const m of text.matchAll(MENTION)) parties.push(m[0]);
  }
  const vocative = VOCATIVE.exec(text);
  if (vocative?.[1]) {
    const names = readNames(vocative[1], 0, directory);
    if (names?.names.every((n) => n.known)) parties.push(...names.names.map((n) => n.raw));
    else if (directory.resolve(vocative[1]) !== null) parties.push(vocative[1]);
  }
  const addressed = /^([\p{Lu}@[][^,:]{0,40}),[ \t]+(?:can|could|would|please)\b/iu.exec(text);
  if (addressed?.[1]) {
    const names = readNames(addressed[1], 0, directory);
    if (names) parties.push(...names.names.map((n) => n.raw));
  }
  return [...new Set(parties.map((p) => trimPhrase(p)))];
}
