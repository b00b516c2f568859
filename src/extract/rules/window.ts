import { type Finding, SELF, type SentenceView, trimPhrase } from "./finding";

/**
 * Decision windows: a decision announced with a deadline for objections. "I'm proceeding with
 * Option A at 3pm Friday unless someone raises a blocker", "We're going with X unless there's a
 * blocker by Wednesday", "We will do it first week of june if there is no push back".
 */

/** The objection clause: "unless someone …", "if there is no push back", "if nobody objects", "absent objections", "lazy consensus". */
export const WINDOW_CUE = /\bunless[ \t]+(?:someone|somebody|anyone|anybody|there(?:['’]s|[ \t]+is|[ \t]+are)|we[ \t]+hear|I[ \t]+hear|you|people|folks|objections?|blockers?|concerns?|a[ \t]+blocker|a[ \t]+concern|an[ \t]+objection)\b|\b(?:if|provided|assuming|as[ \t]+long[ \t]+as)[ \t]+(?:there(?:['’]s|[ \t]+is|[ \t]+are)[ \t]+)?(?:no|nobody|no[ \t]+one|none)[ \t]+(?:(?:strong|major|further|real|more)[ \t]+)?(?:objects?|objections?|push[ \t]?-?back|pushback|concerns?|blockers?|complaints?|disagrees?|disagreement|vetoe?s?|-1s?|comments|raises)\b|\babsent[ \t]+(?:any[ \t]+)?(?:objections?|blockers?|concerns?)\b|\blazy[ \t]+consensus\b|\bsilence[ \t]+(?:is|means|=)[ \t]+(?:consent|approval|agreement)\b/i;
/** "Object by Friday, otherwise we merge": an invitation to object followed by a default. */
export const OBJECT_OTHERWISE = /\b(?:object|objections?|shout|speak[ \t]+up|raise[ \t]+(?:a[ \t]+|any[ \t]+)?(?:blockers?|concerns?|objections?))\b.{0,80}?\b(?:otherwise|or[ \t]+else)\b/i;
/**
 * What the team will do by default, before the objection clause: a first-person plan ("I'm",
 * "we'll", "let's"), "proceeding with", "going with", "moving forward", "the plan is". A
 * description like "any unsupported type defaults to note" is not a decision.
 */
export const DEFAULT_ACT = /\b(?:I|we)(?:['’]ll|['’]m|['’]re|[ \t]+will|[ \t]+am|[ \t]+are|[ \t]+shall|[ \t]+plan|[ \t]+intend)\b|\blet['’]s\b|\b(?:proceed(?:ing)?[ \t]+with|go(?:ing)?[ \t]+(?:with|ahead)|mov(?:e|ing)[ \t]+forward|plan(?:ning)?[ \t]+(?:to|is)|lazy[ \t]+consensus)\b/i;
/** The thing chosen: "proceeding with X", "going with X", "switch to X", "adopt X" (group 1). */
export const CHOICE = /\b(?:proceed(?:ing)?[ \t]+with|go(?:ing)?[ \t]+with|go(?:ing)?[ \t]+ahead[ \t]+with|switch(?:ing)?[ \t]+to|adopt(?:ing)?|pick(?:ing)?|choos(?:e|ing)|chose|opt(?:ing|ed)?[ \t]+for|settl(?:e|ed|ing)[ \t]+on|mov(?:e|ing)[ \t]+forward[ \t]+with|default(?:ing)?[ \t]+to)[ \t]+(.+)/i;
/** Where a choice phrase ends: the window clause, a time, a reason, a new clause. */
export const CHOICE_END = /[ \t]+(?:at|on|by|unless|if|because|since|as[ \t]+(?:it|they|this)|so|from|starting|this|next|tomorrow|today|tonight|first|before|after|for[ \t]+now|until)\b|[,;:(]|[ \t]+[–—-][ \t]/i;

/**
 * The objection clause first, then the default after a comma: "Unless anyone objects by Friday
 * 12:00, we'll switch to Nextflow", "If nobody objects, I'm merging it Monday". The match ends
 * where the default starts (after the comma).
 */
export const CLAUSE_THEN_DEFAULT = /^[^,;]{0,120}?,[ \t]*/;

/** The decision window in a sentence, or null. */
export function findWindow(s: SentenceView): Finding | null {
  const t = s.text;
  const cue = WINDOW_CUE.exec(t) ?? OBJECT_OTHERWISE.exec(t);
  if (!cue || t.trimEnd().endsWith("?")) return null;
  const act = DEFAULT_ACT.exec(t);
  if (!act) return null;
  // The default may also come after the clause, when the clause opens the sentence.
  const opening = cue.index === s.lead.rest ? CLAUSE_THEN_DEFAULT.exec(t.slice(cue.index)) : null;
  const after = opening ? cue.index + opening[0].length : -1;
  if (act.index > cue.index && !/^lazy/i.test(cue[0]) && (after < 0 || act.index !== after)) return null;
  const choice = choiceIn(t);
  const before = after >= 0 && act.index === after ? trimPhrase(t.slice(after)) : cue.index > s.lead.rest ? trimPhrase(t.slice(s.lead.rest, cue.index)) : trimPhrase(t.slice(Math.max(s.lead.rest, cue.index + cue[0].length)));
  return { kind: "decision", start: 0, end: t.length, owner: SELF, choice, window: true, title: choice ? `Go with ${choice}` : before || t };
}

/** The chosen option named in `text` ("Option A" in "proceeding with Option A at 3pm"), or null. */
export function choiceIn(text: string): string | null {
  const m = CHOICE.exec(text);
  if (!m) return null;
  const rest = m[1] ?? "";
  const end = CHOICE_END.exec(rest);
  const choice = trimPhrase(end ? rest.slice(0, end.index) : rest);
  return choice === "" ? null : choice;
}
