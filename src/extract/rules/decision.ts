import type { Directory } from "../../model/person";
import { readNames } from "../names";
import { choiceIn } from "./window";
import { type Finding, QUESTION, SELF, type SentenceView, trimPhrase } from "./finding";

/**
 * Decisions stated as made: "Decision: we go with vendor X because …", "We decided to …",
 * "The SC agreed that …", "Accepted PEP 673", "decided to defer …". Status `adopted`, with
 * `choice` and `rationale` when the sentence gives them.
 */

/** A verb that reports a decision. */
export const DECIDED = /\b(?:decided|agreed|resolved|concluded|settled[ \t]+on|opted|chose|have[ \t]+chosen|voted|approved|accepted|rejected|declined|picked(?![ \t]+(?:up|out|off|through|apart)\b)|selected|signed[ \t]+off[ \t]+on|made[ \t]+the[ \t]+call|consensus[ \t]+(?:was|is|has[ \t]+been|reached)|decision[ \t]+(?:was|has[ \t]+been)[ \t]+(?:made|taken|reached))\b/i;
/** A proposal stated as accepted in the present: "PEP 701 is accepted", "the KEP got approved". */
export const PROPOSAL_ACCEPTED = /\b(?:PEP|KEP|RFC|proposal|motion|PR|pull[ \t]+request)\b[^.;]{0,30}?\b(?:is|was|has[ \t]+been|got)[ \t]+(?:now[ \t]+)?(?:accepted|approved|rejected|merged)\b/i;
/** A decision not (yet) made: "not decided", "yet to decide", "TBD", "if we decide", "will decide", "need to agree". */
export const UNDECIDED = /\bno[ \t]+(?:decision|consensus|agreement)\b|\b(?:not|n['’]t|yet[ \t]+to|never|un)[ \t]*(?:yet[ \t]+)?(?:been[ \t]+)?(?:decided|agreed|resolved|approved|accepted)\b|\bto[ \t]+be[ \t]+(?:decided|agreed|confirmed)\b|\bTBD\b|\b(?:if|whether|once|until|unless|when)[ \t]+(?:\w+['’]?\w*[ \t]+){0,3}?(?:decided|agreed|approved|accepted|resolved|opted|chose)\b|\b(?:will|should|must|need[ \t]+to|needs[ \t]+to|have[ \t]+to|has[ \t]+to|going[ \t]+to|want[ \t]+to|yet[ \t]+to)[ \t]+(?:decide|agree|approve|accept)\b/i;
/** "agreed" with what was agreed after it ("agreed to …", "agreed that …", "agreed on …"); "everyone agreed." or "agreed with X" is not a decision. */
export const AGREED_ON = /^agreed[ \t]*(?:(?:to|that|on|upon|we|it|the|this|:)\b|:)/i;
/** Verbs that need a deciding subject or a past passive to be a decision ("accepted file formats" is an adjective, "you chose" the reader's choice). */
export const NEEDS_SUBJECT = /^(?:approved|accepted|rejected|declined|voted|resolved|opted|chose|picked|selected)$/i;
/** A past passive right before the verb: "was accepted", "has been approved". */
export const PAST_PASSIVE = /\b(?:was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+$/i;
/** A deciding body before the verb in the same clause: "we approved", "the council rejected". */
export const DECIDING_BODY = /\b(?:we|they|everyone|all[ \t]+of[ \t]+us|council|committee|group|team|board|maintainers|reviewers|leads|owners|steering|approvers)\b[^.,;]{0,40}$/i;
/**
 * After a name at the start of the clause, the rest up to the verb: "Acme| loved the moodboard
 * and approved", "Maya| approved". The name itself is read by `readNames` (so "The", "Commonly",
 * "Conflicts" or "Right-click" are not names).
 */
export const AFTER_SUBJECT = /^(?:[ \t]+&[ \t]+[\p{Lu}][\p{L}'’.-]*)?[ \t]+(?:[^ \t.,;]+[ \t]+){0,6}$/u;
/** A decision verb that can also be an adjective: "selected", "approved", "accepted". */
export const PARTICIPLE = /^[a-z]+ed$/i;
/** A determiner right before the verb makes it an adjective: "the selected files", "an approved vendor", "all accepted answers". */
export const DETERMINER_BEFORE = /\b(?:the|a|an|all|any|each|every|this|that|these|those|your|our|their|its|his|her|my|some|no|newly|already)[ \t]+$/i;
/** An acronym naming a body before the verb: "The SC discussed and accepted", "TC approved". */
export const ACRONYM_BODY = /\b\p{Lu}{2,5}\b[^.,;]{0,40}$/u;
/** What follows a sentence-initial "Accepted"/"Approved" used as a verb: a name, a number, a determiner ("Accepted PEP 673", "Approved the budget"). */
export const OBJECT_START = /^[ \t]+(?:[\p{Lu}\d#[]|(?:the|a|an|this|that|these|those|our|their|both|all|its)\b)/u;
/**
 * A sentence opening with a condition or a time clause: "If your application isn't approved …",
 * "When your account is approved …", "After it is merged …". "After a long back-and-forth, we
 * agreed to …" opens with a phrase, not a clause, and still states a decision.
 */
export const CONDITIONAL_START = /^(?:if|when|once|unless|whether|while|(?:until|after|before)\b(?![ \t]+(?:a|an|the|some|our|their|this|that|these|those|much|long|lengthy|several|many|two|three|\d)\b))\b/i;
/** A first-person choice: "we go with X", "we're going with X", "let's go with X", "going with X". */
export const GO_WITH = /\b(?:we|let['’]s|I['’]m|I[ \t]+am)(?:['’]re|['’]ll|[ \t]+will|[ \t]+are)?[ \t]+(?:go(?:ing)?[ \t]+with|pick(?:ing)?|choos(?:e|ing)|opt(?:ing)?[ \t]+for|settl(?:e|ing)[ \t]+on|switch(?:ing)?[ \t]+to|adopt(?:ing)?)\b|^going[ \t]+with\b/i;
/** A policy: "Going forward, we will …", "From now on …". */
export const POLICY = /^(?:going[ \t]+forward|from[ \t]+now[ \t]+on)\b[ \t]*,?[ \t]*(.+)/i;
/** "I'll …", "I will …": after "Going forward", one person's ritual is a commitment, not a team policy. */
export const FIRST_PERSON_SINGULAR = /^I(?:['’]ll|[ \t]+will|[ \t]+shall|['’]m[ \t]+going[ \t]+to)\b/;
/** What was decided: "decided to X", "agreed that X", "accepted X" (group 1 or 2). */
export const DECISION_OBJECT = /\b(?:decided|agreed|resolved|concluded|consensus[ \t]+(?:was|is|has[ \t]+been)|decision[ \t]+(?:was|has[ \t]+been)[ \t]+(?:made|taken|reached))[ \t]+(?:(?:to|that|on|upon)[ \t]+)?(.+)|\b(?:accepted|approved|rejected|chose|opted[ \t]+for|settled[ \t]+on|declined)[ \t]+(.+)/i;
/** The reason: "because …", "since …", "as it …", "due to …", "given …", "so that …"; a leading "Due to X," too. */
export const RATIONALE = /\b(?:because|since|as[ \t]+(?=it|they|this|we|the)|due[ \t]+to|given[ \t]+(?:that[ \t]+)?|so[ \t]+that|in[ \t]+order[ \t]+to)[ \t]+[^.;]+/i;
/** Where a decision object ends. */
export const OBJECT_END = /[ \t]+(?:because|since|as[ \t]+(?=it|they|this|we)|due[ \t]+to|given|so[ \t]+that|unless|per)\b|[;(]|,[ \t]+(?:and[ \t]+)?(?:because|since|as|so|which)\b/i;

/**
 * Right before a decision verb, a reference to a decision made elsewhere: "Rollout is phased,
 * as decided on that call", "as agreed last week", "as we agreed". The decision is recorded where
 * it was made; a later verb in the sentence ("As agreed, we decided to …") may still state one.
 */
export const EARLIER_DECISION = /\b(?:as|like)[ \t]+(?:we[ \t]+|was[ \t]+|previously[ \t]+|already[ \t]+|originally[ \t]+)?$/i;
/** Thanks and praise ("Thanks Daniel for the quick answer", "Kudos to …"): even under a Decisions heading, not a decision. */
export const THANKS = /^(?:thanks|thank[ \t]+you|many[ \t]+thanks|kudos|congrats|congratulations|shout[ -]?out|props)\b/i;

/** The stated decision in a sentence, or null. */
export function findDecision(s: SentenceView): Finding | null {
  const t = s.text;
  const rest = t.slice(s.lead.rest);
  if (s.label === "decision" || (s.section === "decisions" && s.leadSentence && rest.trim() !== "" && !THANKS.test(rest) && !QUESTION.test(rest))) {
    const chosen = choiceIn(rest);
    return chosen ? decision(t, chosen, `Go with ${chosen}`) : decision(t, objectOf(rest) ?? trimPhrase(rest));
  }
  const go = GO_WITH.exec(rest);
  if (go) {
    const choice = choiceIn(rest.slice(go.index));
    if (choice) return decision(t, choice, `Go with ${choice}`);
  }
  const policy = POLICY.exec(rest);
  if (policy && !FIRST_PERSON_SINGULAR.test(policy[1] ?? "")) return decision(t, trimPhrase(policy[1] ?? ""));
  const verb = decidingVerb(t);
  if (!verb || UNDECIDED.test(t)) return null;
  if (/^agreed$/i.test(verb[0]) && !AGREED_ON.test(t.slice(verb.index))) return null;
  if (CONDITIONAL_START.test(rest)) return null;
  if (t.slice(Math.max(0, verb.index - 2), verb.index) === "[[") return null;
  if (NEEDS_SUBJECT.test(verb[0]) && !PROPOSAL_ACCEPTED.test(t)) {
    if (verb.index > s.lead.rest ? !hasDecidingSubject(t.slice(s.lead.rest, verb.index), s.directory) : !OBJECT_START.test(t.slice(verb.index + verb[0].length))) return null;
  }
  return decision(t, objectOf(t.slice(verb.index)) ?? trimPhrase(rest));
}

/** The first decision verb that is not a reference to an earlier decision ({@link EARLIER_DECISION}), with its index in `text`. */
function decidingVerb(text: string): { 0: string; index: number } | null {
  let from = 0;
  for (let guard = 0; guard < 4; guard++) {
    const m = DECIDED.exec(text.slice(from));
    if (!m) return null;
    const index = from + m.index;
    const before = text.slice(0, index);
    if (!EARLIER_DECISION.test(before) && !(PARTICIPLE.test(m[0]) && DETERMINER_BEFORE.test(before))) return { 0: m[0], index };
    from = index + m[0].length;
  }
  return null;
}

function hasDecidingSubject(before: string, directory: Directory): boolean {
  if (PAST_PASSIVE.test(before) || DECIDING_BODY.test(before) || ACRONYM_BODY.test(before)) return true;
  const named = readNames(before, 0, directory);
  const first = named?.names[0];
  return named !== null && first !== undefined && !first.lower && !first.raw.includes("-") && !/ly$/.test(first.raw) && AFTER_SUBJECT.test(before.slice(named.end));
}

function decision(text: string, choice: string | null, title?: string): Finding {
  const because = RATIONALE.exec(text);
  return {
    kind: "decision",
    start: 0,
    end: text.length,
    owner: SELF,
    choice: choice || null,
    rationale: because ? trimPhrase(because[0]) : null,
    title: title ?? (choice || text),
  };
}

function objectOf(text: string): string | null {
  const m = DECISION_OBJECT.exec(text);
  const object = m ? (m[1] ?? m[2] ?? "") : "";
  const end = OBJECT_END.exec(object);
  const clipped = trimPhrase(end ? object.slice(0, end.index) : object);
  return clipped === "" ? null : clipped;
}
