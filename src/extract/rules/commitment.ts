import { BASE_VERBS, NON_NAME_WORDS } from "../lexicon";
import { isHumanVerb, type NameMatch, readNames } from "../names";
import { type Finding, QUESTION, SELF, type SentenceView } from "./finding";
import { isNounPhrase } from "./noun-phrase";
import { readPredicate } from "./predicate";

/**
 * Commitments: someone promises to do something. First person ("I'll …", "we will …",
 * "I'm going to …"), third person ("Sarah will handle … by Wednesday", "Josh to open a PR",
 * "It was decided Victor would loop in Antoine"), action items ("AI: …", lines under "Action
 * items"/"Next" that start with a verb or a name) and checkbox lines.
 */

/** Where a clause starts inside a sentence: after a comma, semicolon, dash, or "and/but/so/then". */
export const CLAUSE_START = /(?:[,;]|[ \t][–—-])[ \t]+(?:(?:and|but|so|then)[ \t]+)?|[ \t]+(?:and|but|so|then|also)[ \t]+/g;
/** First person with a future or obligation at a clause start: "I'll", "we will", "I'm going to", "I plan to", "I need to" (group 1 is the pronoun). */
export const FIRST_PERSON = /^(I|[Ww]e)(?:['’]ll|[ \t]+will|[ \t]+shall|['’]m[ \t]+going[ \t]+to|[ \t]+am[ \t]+going[ \t]+to|['’]re[ \t]+going[ \t]+to|[ \t]+are[ \t]+going[ \t]+to|[ \t]+plan[ \t]+to|['’]m[ \t]+planning[ \t]+(?:to|on)|[ \t]+intend[ \t]+to|[ \t]+commit[ \t]+to|[ \t]+promise[ \t]+to|[ \t]+aim[ \t]+to|[ \t]+volunteer[ \t]+to|[ \t]+can(?=[ \t]+(?:take|handle|own|pick|grab|cover|do)\b)|(?<need>[ \t]+need[ \t]+to|[ \t]+have[ \t]+to|['’]ve[ \t]+got[ \t]+to))[ \t]+/;
/** One adverb between "I"/"we" (or "I'm", "we're") and the modal: "I'm also going to", "we still plan to"; removed before {@link FIRST_PERSON} reads the clause. */
export const SUBJECT_ADVERB = /^(I|[Ww]e)((?:['’]m|['’]re|[ \t]+am|[ \t]+are)?)[ \t]+(?:also|still|then|now|definitely|just|actually|really|first|personally)(?=[ \t]+(?:going|will|shall|plan|intend|commit|promise|aim|volunteer|need|have|can)\b)/;
/**
 * A deciding body as a subject: "The SC", "PSF", "The Steering Council", "The Release Team"
 * (group 1). Technical acronyms ("CI will run …") are excluded by {@link TECH_ACRONYMS}.
 */
export const BODY_SUBJECT = /^(?:[Tt]he[ \t]+)?(\p{Lu}{2,6}|(?:\p{Lu}\p{Ll}+[ \t]+){0,2}(?:Council|Committee|Board|Team|Group|Working[ \t]+Group))(?=[ \t])/u;
/** Acronyms that name things, not groups of people, as the subject of "will". */
const TECH_ACRONYMS: ReadonlySet<string> = new Set("CI CD API UI UX PR PRS DB CPU GPU OS VM DNS SSL TLS URL HTTP HTTPS SDK CLI JSON YAML AWS GCP K8S EOD EOW FAQ PDF CSS HTML SQL RAM SSO MFA QA".split(" "));
/** A bare "will" at the start of what a speaker says ("Tim: will follow up", "[Leo] will send the survey"). */
export const BARE_WILL = /^(?:[Ww]ill|[Ss]hall)[ \t]+/;
/** Reported promise: "Sam said they will look into it" (group 1 is where the name ends; the name is read before it). */
export const REPORTED_PROMISE = /^[ \t]+(?:said|says|mentioned|noted|confirmed|promised|agreed|committed)[ \t]+(?:that[ \t]+)?(?:he|she|they)[ \t]*(?:will|would|['’]ll|['’]d)[ \t]+/;
/** "Let me check …", "I'm on it", "I'll take it". */
export const SELF_ASSIGN = /^(?:[Ll]et[ \t]+me[ \t]+(?=[a-z])|I['’]m[ \t]+on[ \t]+(?:it|this|that)\b|I[ \t]+am[ \t]+on[ \t]+(?:it|this|that)\b)/;
/** After a name: the modal that makes it a promise ("will", "to", "is going to", "agreed to", …); group 1 names the modal. */
export const NAMED_MODAL = /^[ \t]+(will|shall|['’]ll|is[ \t]+going[ \t]+to|are[ \t]+going[ \t]+to|plans?[ \t]+to|is[ \t]+planning[ \t]+to|(?:has[ \t]+|have[ \t]+)?agreed[ \t]+to|(?:has[ \t]+|have[ \t]+)?offered[ \t]+to|(?:has[ \t]+|have[ \t]+)?volunteered[ \t]+to|is[ \t]+to|are[ \t]+to|to|would|should)[ \t]+/;
/** "decided (that) …", "agreed (that) …", "it was decided …": a name after it may be assigned an action. */
export const ASSIGNED_BY_DECISION = /\b(?:decided|agreed|resolved)[ \t]+(?:that[ \t]+)?/g;
/** A policy opener: "Going forward, we will …" is a decision, not a promise. */
export const POLICY_OPENER = /^(?:going[ \t]+forward|from[ \t]+now[ \t]+on|in[ \t]+future|in[ \t]+the[ \t]+future)\b/i;
/** After a policy opener, the writer alone: "Going forward, I'll post the report every Friday". */
export const PERSONAL_RITUAL = /^[ \t]*,?[ \t]*I(?:['’]ll|[ \t]+will|[ \t]+shall)\b/;
/** "go with / pick / choose / switch to": a first-person choice is a decision, not a promise. */
const CHOICE_VERBS: ReadonlySet<string> = new Set(["go", "pick", "choose", "opt", "settle", "switch", "adopt", "proceed"]);
/**
 * What makes "go" and "pick" a choice: "go with X", "go for X", "go ahead with X", "pick X"; but
 * "I'll go through your suggestions" and "I'll pick up the samples" are promises.
 */
export const NOT_A_CHOICE = /^(?:go[ \t]+(?!with\b|for\b|ahead\b)|pick[ \t]+up\b)/i;
/** Where a subject-less "will" may start after a report: "12 cores sectioned, 8 to go — will finish Monday", "Tests pass; will merge tomorrow". */
export const REPORT_THEN = /(?:[,;]|[ \t][–—-])[ \t]*$/;
/** Words that suggest a deadline, so "we will …" from an unknown writer is still a promise. */
export const DATE_HINT = /\b(?:today|tonight|tomorrow|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|EOD|EOW|COB|end[ \t]+of|(?:this|next)[ \t]+(?:week|month|quarter|sprint)|\d{1,2}(?::\d\d)?[ \t]*(?:am|pm)|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}|noon|midnight|asap|next[ \t]+(?:meeting|call|sync|time)|in[ \t]+(?:a|an|one|two|three|four|few|\d+)[ \t]+(?:days?|weeks?|months?|hours?))\b/i;
/** An owner at the end of an action item: "(Josh)", "[Maya]", "— @sam", "owner: Wei Ling". Group 1. */
/**
 * An owner field anywhere in an action item: "Write up the proposal, owner: @truiz, due
 * Wednesday", "(owner: Kwame)". Group 1 is the owner; the title ends before the field.
 */
export const OWNER_FIELD = /(?:^|[ \t,;([]|[–—-])[ \t]*(?:(?:owner|owners|assignee)[ \t]*:|(?:owned[ \t]+by|assigned[ \t]+to)[ \t]*:?)[ \t]*(@?[\p{L}][\p{L}\p{N}_.'’-]*(?:[ \t]+[\p{Lu}][\p{L}'’-]*)?)/iu;
/** "Priyanka — ship the libraries", "Rosa - book the courier": a name, a dash, then the action (group 1 the name). */
export const LEADING_OWNER_DASH = /^([^–—\-:]{1,40}?)[ \t]+[–—-][ \t]+(?=\S)/;
export const TRAILING_OWNER = /(?:\(|\[|[ \t][–—-][ \t]*|\b(?:owner|assignee|who)[ \t]*:[ \t]*)(@?[\p{L}][\p{L}\p{N} ._'-]{0,30}?)[)\]]?[ \t.]*$/u;
/** "@handle" at the start of an action item. */
export const LEADING_HANDLE = /^@[\p{L}\p{N}_][\p{L}\p{N}_.-]*/u;

/** The commitments in a sentence: one per promising clause (a sentence may hold two owners). */
export function findCommitments(s: SentenceView): Finding[] {
  const t = s.text;
  const out: Finding[] = [];
  if (s.checkbox === null && QUESTION.test(t)) return out;
  // "Going forward we will …" is a team policy (a decision); "Going forward I'll …" is one person's ritual.
  const opener = POLICY_OPENER.exec(t.slice(s.lead.rest));
  const personal = opener !== null && PERSONAL_RITUAL.test(t.slice(s.lead.rest + opener[0].length));
  const policy = opener !== null && !personal;
  const starts = clauseStarts(t, s.lead.rest);
  // "Going forward, I'll post …": the promise starts after the opener.
  if (opener && personal) starts.push(s.lead.rest + opener[0].length + (/^[ \t]*,?[ \t]*/.exec(t.slice(s.lead.rest + opener[0].length))?.[0].length ?? 0));
  let subjectEnd = -1;
  for (const start of starts.sort((a, b) => a - b)) {
    if (policy || start < subjectEnd) continue;
    const found = firstPerson(s, start) ?? named(s, start, start === s.lead.rest || s.label === "action");
    if (found && !out.some((f) => f.owner === found.owner)) {
      out.push(found);
      subjectEnd = found.subjectEnd ?? start;
    }
  }
  ASSIGNED_BY_DECISION.lastIndex = 0;
  for (let m = ASSIGNED_BY_DECISION.exec(t); m !== null; m = ASSIGNED_BY_DECISION.exec(t)) {
    const found = named(s, m.index + m[0].length, true, true);
    if (found && !out.some((f) => f.owner === found.owner)) out.push(found);
  }
  if (out.length === 0 && (s.checkbox !== null || s.label === "action" || (s.section === "action" && s.teamNote))) {
    const item = actionItem(s);
    if (item) out.push(item);
  }
  return out.length > 1 ? endAtNext(out, t) : out;
}

/** Two promises in one sentence ("Steve will write one, Simon will write another"): each title stops where the next clause starts. */
function endAtNext(found: Finding[], text: string): Finding[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  return sorted.map((f, i) => {
    const next = sorted[i + 1];
    if (!next || next.start <= f.start) return f;
    const titleAt = text.indexOf(f.title);
    const cut = titleAt >= 0 && next.start > titleAt ? f.title.slice(0, next.start - titleAt) : f.title;
    return { ...f, end: next.start, title: cut };
  });
}

function clauseStarts(text: string, first: number): number[] {
  const starts = [first];
  CLAUSE_START.lastIndex = first;
  for (let m = CLAUSE_START.exec(text); m !== null; m = CLAUSE_START.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function firstPerson(s: SentenceView, start: number): Finding | null {
  const clause = s.text.slice(start);
  // "Will follow up" has no subject: it is the speaker's or the author's promise, so it needs one of them.
  const bare = s.hasWriter && (start === s.lead.rest || REPORT_THEN.test(s.text.slice(s.lead.rest, start))) ? BARE_WILL.exec(clause) : null;
  if (bare) {
    const p = readPredicate(clause.slice(bare[0].length));
    return p ? { kind: "commitment", start, end: s.text.length, owner: SELF, title: clause.slice(bare[0].length + p.start) } : null;
  }
  const self = SELF_ASSIGN.exec(clause);
  if (self) return { kind: "commitment", start, end: s.text.length, owner: SELF, title: clause.slice(self[0].startsWith("L") || self[0].startsWith("l") ? self[0].length : 0) || clause };
  const m = FIRST_PERSON.exec(SUBJECT_ADVERB.test(clause) ? clause.replace(SUBJECT_ADVERB, "$1$2") : clause);
  if (!m) return null;
  const we = m[1] !== "I";
  if (we && m.groups?.need) return null;
  if (we && !s.hasWriter && s.section !== "action" && s.label !== "action" && !DATE_HINT.test(clause)) return null;
  const rest = m.input.slice(m[0].length);
  const p = readPredicate(rest);
  if (!p || (CHOICE_VERBS.has(p.verb) && !NOT_A_CHOICE.test(rest.slice(p.start)))) return null;
  return { kind: "commitment", start, end: s.text.length, owner: SELF, title: rest.slice(p.start) };
}

function named(s: SentenceView, start: number, atSentenceStart: boolean, decided = false): Finding | null {
  const t = s.text;
  const names = readNames(t, start, s.directory);
  if (!names) return verbNamed(s, start) ?? (atSentenceStart ? body(s, start) : null);
  const reported = REPORTED_PROMISE.exec(t.slice(names.end));
  if (reported) {
    const after = t.slice(names.end + reported[0].length);
    const p = readPredicate(after);
    return p ? { kind: "commitment", start, end: t.length, owner: ownerOf(names.names), title: after.slice(p.start), subjectEnd: names.end } : null;
  }
  const m = NAMED_MODAL.exec(t.slice(names.end));
  if (!m) return null;
  const modal = (m[1] ?? "").toLowerCase();
  if ((modal === "to" && !atSentenceStart) || ((modal === "would" || modal === "should") && !decided)) return null;
  const rest = t.slice(names.end + m[0].length);
  const p = readPredicate(rest);
  if (!p) return null;
  if (modal === "to" && !BASE_VERBS.has(p.verb) && !isHumanVerb(p.verb)) return null;
  if (names.names.some((n) => n.lower && !isHumanVerb(p.verb))) return null;
  return { kind: "commitment", start, end: t.length, owner: ownerOf(names.names), title: rest.slice(p.start), subjectEnd: names.end };
}

/** Names that are also modals, read as names before "will": "Will will book the venue". */
const MODAL_NAMES: ReadonlySet<string> = new Set(["Will", "May", "Shall", "Can"]);

/**
 * A name that is also a verb ("Mark", "Grant", "Bill") before "will": an imperative cannot be
 * followed by "will", so "Mark will send the notes" is Mark's promise. (Before "to" it stays a
 * verb: "Remember to escape …".)
 */
export const VERB_NAME = /^(\p{Lu}\p{Ll}+)(?=[ \t]+(?:will|shall|is[ \t]+going[ \t]+to)[ \t])/u;

function verbNamed(s: SentenceView, start: number): Finding | null {
  const m = VERB_NAME.exec(s.text.slice(start));
  const word = m?.[1];
  // "Will will …", "May will …": a modal cannot be followed by "will", so the first word is a name.
  const modalName = word !== undefined && MODAL_NAMES.has(word) && /^[ \t]+will[ \t]/.test(s.text.slice(start + word.length));
  if (!m || word === undefined || (!modalName && (!BASE_VERBS.has(word.toLowerCase()) || NON_NAME_WORDS.has(word.toLowerCase())))) return null;
  const after = s.text.slice(start + word.length);
  const modal = NAMED_MODAL.exec(after);
  if (!modal) return null;
  const rest = after.slice(modal[0].length);
  const p = readPredicate(rest);
  return p ? { kind: "commitment", start, end: s.text.length, owner: word, title: rest.slice(p.start), subjectEnd: start + word.length } : null;
}

/** "The SC will reach out to …": a body promises, with a verb that needs people. */
function body(s: SentenceView, start: number): Finding | null {
  const t = s.text.slice(start);
  const m = BODY_SUBJECT.exec(t);
  const who = m?.[1];
  if (!m || who === undefined || TECH_ACRONYMS.has(who)) return null;
  const modal = NAMED_MODAL.exec(t.slice(m[0].length));
  if (!modal || !/^(?:will|shall|is[ \t]+going[ \t]+to|to)$/i.test(modal[1] ?? "")) return null;
  const rest = t.slice(m[0].length + modal[0].length);
  const p = readPredicate(rest);
  if (!p || !isHumanVerb(p.verb)) return null;
  return { kind: "commitment", start, end: s.text.length, owner: who, title: rest.slice(p.start) };
}

/**
 * A to-do line: under an action heading or label, or a checkbox. The owner is an `owner:` field,
 * a name at its start ("@maya: …", "Rosa — …") or end ("(Josh)"), else the writer. Without a
 * checkbox or an action label, the line must start with a verb ("Review the spec") or, as the
 * first sentence of a list item in a note with a writer, be a bare noun phrase ("Regression
 * pass on the 3.8 iOS beta", "proposal for Nextflow, ETA Wed"): what the writer will do next.
 */
function actionItem(s: SentenceView): Finding | null {
  const t = s.text;
  const rest = t.slice(s.lead.rest).trim();
  if (rest === "") return null;
  const field = OWNER_FIELD.exec(rest);
  if (field?.[1]) {
    const names = readNames(field[1], 0, s.directory);
    if (names && names.names.every((n) => n.known || !n.lower)) {
      return { kind: "commitment", start: s.lead.rest, end: t.length, owner: ownerOf(names.names), fromContext: true, title: rest.slice(0, field.index) || rest };
    }
  }
  const handle = LEADING_HANDLE.exec(rest);
  if (handle) return { kind: "commitment", start: s.lead.rest, end: t.length, owner: handle[0], fromContext: true, title: rest.slice(handle[0].length).replace(/^[ \t:,-]+/, "") || rest };
  const dashed = LEADING_OWNER_DASH.exec(rest);
  if (dashed?.[1]) {
    const names = readNames(dashed[1], 0, s.directory);
    if (names && names.end >= dashed[1].trimEnd().length && names.names.every((n) => n.known || !n.lower)) {
      return { kind: "commitment", start: s.lead.rest, end: t.length, owner: ownerOf(names.names), fromContext: true, title: rest.slice(dashed[0].length) };
    }
  }
  const end = rest.charCodeAt(rest.length - 1);
  const trailing = end === 41 /* ) */ || end === 93 /* ] */ || /[–—:]|[ \t]-[ \t]/.test(rest) ? TRAILING_OWNER.exec(rest) : null;
  if (trailing?.[1]) {
    const names = readNames(trailing[1], 0, s.directory);
    if (names && names.end >= trailing[1].trimEnd().length && names.names.every((n) => n.known || !n.lower)) {
      return { kind: "commitment", start: s.lead.rest, end: t.length, owner: ownerOf(names.names), fromContext: true, title: rest.slice(0, trailing.index) };
    }
  }
  const firstWord = /^[\p{L}]+/u.exec(rest)?.[0].toLowerCase() ?? "";
  const bareTask = s.section === "action" && s.listItem && s.leadSentence && s.hasWriter && s.label === null && isNounPhrase(rest);
  if (s.checkbox !== null || s.label === "action" || BASE_VERBS.has(firstWord) || bareTask) {
    return { kind: "commitment", start: s.lead.rest, end: t.length, owner: SELF, fromContext: true, title: rest };
  }
  return null;
}

function ownerOf(names: readonly NameMatch[]): string {
  return [...new Set(names.map((n) => n.raw))].join("; ");
}
