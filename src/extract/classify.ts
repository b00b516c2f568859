import { findCommitments } from "./rules/commitment";
import { findDecision } from "./rules/decision";
import { findDependencies } from "./rules/dependency";
import type { Finding, SentenceView } from "./rules/finding";
import { findFyi } from "./rules/fyi";
import { findRequest } from "./rules/request";
import { findWindow } from "./rules/window";

/**
 * Runs the rules on one sentence. A cheap prefilter comes first: a sentence with no cue word,
 * no label, no checkbox and no section context is skipped without running any rule (most
 * sentences in a vault), which keeps a full scan near the cost of reading the files.
 */

/**
 * Any word one of the rules starts from: modals and first-person futures, decision verbs,
 * request words, FYI, blockers and waiting, objection clauses. Case-insensitive, unanchored.
 */
export const CUE = /will|['’]ll|shall|going[ \t]+to|plan|intend|commit|promise|volunteer|offered|need|have[ \t]+to|got[ \t]+to|let[ \t]+(?:me|us)|on[ \t]+it|ptal|call[ \t]+for|due|can[ \t]+(?:take|handle|own|pick|grab|cover|do)|decid|agree|accept|approv|reject|resolv|conclu|chose|opted|settled|declin|voted|made[ \t]+the[ \t]+call|go(?:ing)?[ \t]+with|pick|choos|select|switch|adopt|forward|from[ \t]+now[ \t]+on|please|pls|plz|kindly|want|would|should|['’]d[ \t]+like|looking[ \t]+for|seeking|request|asking|welcome|appreciat|invite|feedback|input|review|thoughts|comment|\?|fyi|f\.y\.i|your[ \t]+information|no[ \t]+action|heads|psa|block|wait|await|pending|depend|contingent|until|till|stuck|hold|unless|objection|push[ \t]?-?back|absent|lazy[ \t]+consensus|silence|object|otherwise/i;
/** "please" and its short forms: with a question mark, the only words that make a line under "Done" worth reading. */
export const PLEASE_WORD = /\b(?:please|pls|plz|kindly)\b/i;
/** A name then "to" at the start ("Josh to open a PR", "Steve and Simon to write"): the one commitment shape without a cue word. */
export const NAME_TO_SHAPE = /^[@[]?[\p{L}][^ \t]*(?:[ \t]+[^ \t]+){0,5}?[ \t]+to[ \t]+[\p{Ll}]/u;

/**
 * Every finding in a sentence, in precedence order of discovery. Suppressions between kinds:
 * under a "Done" heading only checkboxes and asks count (the rest reports finished work); a "Concern:" or
 * "Objection:" line (even a checkbox) is a decision blocker and gives nothing, and a "Blocker:"
 * checkbox is not a to-do (src/store/blocker-lines.ts reads those lines); an FYI is not
 * also a request, commitment or decision; a decision window is not also a plain decision or a
 * commitment; a line counts as a to-do (or a blocker) only from its section when nothing else
 * was found in it.
 */
export function classify(s: SentenceView): Finding[] {
  if ((s.checkbox === null && s.label === "done") || s.label === "objection") return [];
  if (s.checkbox === null && s.section === "done") {
    // Finished work is reported, not promised; but an ask written under "Done" is still an ask.
    if (!s.text.includes("?") && !PLEASE_WORD.test(s.text)) return [];
    const ask = findRequest(s);
    return ask ? [ask] : [];
  }
  const rest = s.lead.rest > 0 ? s.text.slice(s.lead.rest) : s.text;
  if (s.checkbox === null && s.section === null && s.label === null && s.lead.speaker === null && !CUE.test(s.text) && !NAME_TO_SHAPE.test(rest)) return [];
  const out: Finding[] = [];
  const fyi = findFyi(s);
  if (fyi) out.push(fyi);
  out.push(...findDependencies(s));
  const window = fyi ? null : findWindow(s);
  if (window) out.push(window);
  const request = fyi || window ? null : findRequest(s);
  if (request) out.push(request);
  if (s.checkbox !== null || (!fyi && !window)) {
    const commitments = findCommitments(s);
    const others = out.some((f) => f.kind !== "fyi");
    for (const c of commitments) {
      if (c.fromContext && ((s.checkbox === null && s.label !== "action" && others) || s.label === "blocker")) continue;
      out.push(c);
    }
  }
  if (!fyi && !window) {
    const decision = findDecision(s);
    if (decision) out.push(decision);
  }
  // A line under "Blockers" is a dependency by its heading only when it is nothing else.
  const own = out.filter((f) => f.kind !== "fyi" && (!f.fromContext || (s.checkbox !== null && f.kind === "commitment")));
  return own.length > 0 && out.some((f) => f.fromContext && f.kind === "dependency") ? out.filter((f) => !(f.fromContext && f.kind === "dependency")) : out;
}
