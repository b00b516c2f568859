import { choiceIn } from "./window";
import { type Finding, SELF, type SentenceView, trimPhrase } from "./finding";

/**
 * Decisions stated as made: "Decision: we go with vendor X because …", "We decided to …",
 * "The SC agreed that …", "Accepted PEP 673", "decided to defer …". Status `adopted`, with
 * `choice` and `rationale` when the sentence gives them.
 */

/** A verb that reports a decision. */
export const DECIDED = /\b(?:decided|agreed|resolved|concluded|settled[ \t]+on|opted|chose|have[ \t]+chosen|voted|approved|accepted|rejected|declined|signed[ \t]+off[ \t]+on|made[ \t]+the[ \t]+call)\b/i;
/** A decision not (yet) made: "not decided", "yet to decide", "TBD", "if we decide", "will decide", "need to agree". */
export const UNDECIDED = /\b(?:not|n['’]t|yet[ \t]+to|never|un)[ \t]*(?:yet[ \t]+)?(?:been[ \t]+)?(?:decided|agreed|resolved|approved|accepted)\b|\bto[ \t]+be[ \t]+(?:decided|agreed|confirmed)\b|\bTBD\b|\b(?:if|whether|once|until|unless)[ \t]+(?:\w+[ \t]+){0,3}?(?:decided|agreed|approved|accepted)\b|\b(?:will|should|must|need[ \t]+to|needs[ \t]+to|to)[ \t]+(?:decide|agree|approve|accept)\b/i;
/** "agreed with X" is agreement with a point, not a decision. */
export const AGREED_WITH = /\bagreed[ \t]+with\b/i;
/** Verbs that need a subject or a passive to be a decision ("accepted file formats" is an adjective). */
export const NEEDS_SUBJECT = /^(?:approved|accepted|rejected|declined|voted)$/i;
/** A passive or a subject right before the verb: "was accepted", "The SC discussed and accepted", "we approved". */
const SUBJECT_BEFORE = /(?:\b(?:was|were|has[ \t]+been|have[ \t]+been|got|is|are)[ \t]+|\b(?:we|they|I|everyone|all|SC|council|committee|group|team|board|maintainers|reviewers|leads|owners|steering)\b[^.]{0,40}?|\b(?!(?:The|This|That|These|Those|It|Its|A|An|Our|Your|Their|If|When|For|Please|There|Here)\b)[\p{Lu}][\p{L}\p{N}]+\b[^.]{0,40}?)$/u;
/** A sentence opening with a condition or a time clause: "If your application isn't approved …", "When your account is approved …". */
const CONDITIONAL_START = /^(?:if|when|once|unless|until|after|before|whether|while)\b/i;
/** A first-person choice: "we go with X", "we're going with X", "let's go with X", "going with X". */
export const GO_WITH = /\b(?:we|let['’]s|I['’]m|I[ \t]+am)(?:['’]re|['’]ll|[ \t]+will|[ \t]+are)?[ \t]+(?:go(?:ing)?[ \t]+with|pick(?:ing)?|choos(?:e|ing)|opt(?:ing)?[ \t]+for|settl(?:e|ing)[ \t]+on|switch(?:ing)?[ \t]+to|adopt(?:ing)?)\b|^going[ \t]+with\b/i;
/** A policy: "Going forward, we will …", "From now on …". */
export const POLICY = /^(?:going[ \t]+forward|from[ \t]+now[ \t]+on)\b[ \t]*,?[ \t]*(.+)/i;
/** What was decided: "decided to X", "agreed that X", "accepted X" (group 1 or 2). */
const DECISION_OBJECT = /\b(?:decided|agreed|resolved|concluded)[ \t]+(?:(?:to|that|on|upon)[ \t]+)?(.+)|\b(?:accepted|approved|rejected|chose|opted[ \t]+for|settled[ \t]+on|declined)[ \t]+(.+)/i;
/** The reason: "because …", "since …", "as it …", "due to …", "given …", "so that …"; a leading "Due to X," too. */
export const RATIONALE = /\b(?:because|since|as[ \t]+(?=it|they|this|we|the)|due[ \t]+to|given[ \t]+(?:that[ \t]+)?|so[ \t]+that|in[ \t]+order[ \t]+to)[ \t]+[^.;]+/i;
/** Where a decision object ends. */
const OBJECT_END = /[ \t]+(?:because|since|as[ \t]+(?=it|they|this|we)|due[ \t]+to|given|so[ \t]+that|unless|per)\b|[;(]|,[ \t]+(?:and[ \t]+)?(?:because|since|as|so|which)\b/i;

/** The stated decision in a sentence, or null. */
export function findDecision(s: SentenceView): Finding | null {
  const t = s.text;
  const rest = t.slice(s.lead.rest);
  if (s.label === "decision" || (s.section === "decisions" && rest.trim() !== "")) {
    return decision(t, choiceIn(rest) ?? objectOf(rest) ?? trimPhrase(rest));
  }
  const go = GO_WITH.exec(t);
  if (go) {
    const choice = choiceIn(t.slice(go.index));
    if (choice) return decision(t, choice, `Go with ${choice}`);
  }
  const policy = POLICY.exec(rest);
  if (policy) return decision(t, trimPhrase(policy[1] ?? ""));
  const verb = DECIDED.exec(t);
  if (!verb || UNDECIDED.test(t) || (AGREED_WITH.test(t) && !/\bagreed[ \t]+(?:to|that|on)\b/i.test(t))) return null;
  if (CONDITIONAL_START.test(rest)) return null;
  if (NEEDS_SUBJECT.test(verb[0]) && verb.index > s.lead.rest && !SUBJECT_BEFORE.test(t.slice(s.lead.rest, verb.index))) return null;
  return decision(t, objectOf(t.slice(verb.index)) ?? trimPhrase(rest));
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
