import type { Directory } from "../model/person";
import { readNames } from "./names";

/**
 * What a sentence's leading label says it is ("AI:", "Decision:", "Ask:", "Waiting on:",
 * "Blocker:", "Concern:", "FYI:", "Done:"). "Blocker:" is kept apart from "Waiting on:": in a
 * note that replies to a proposal it blocks a decision (src/store/blocker-lines.ts reads those
 * lines), so it is a dependency only when its words name what is waited on. "Concern:" and
 * "Objection:" lines are decision blockers and never items.
 */
export type LabelKind = "action" | "decision" | "request" | "dependency" | "blocker" | "objection" | "fyi" | "done";

/** Who speaks and what label opens a sentence, read from its start. */
export interface Lead {
  /** The speaker as written: `[Leo]`, `**Erik:**`, `Maya:` or `[[Maya Chen]]:` at the start. "I"/"we" then mean them. */
  readonly speaker: string | null;
  /** The kind a keyword label gives, or null (no label, a speaker, or a topic like "Blog posts:"). */
  readonly label: LabelKind | null;
  /** Index in the sentence where the text after the speaker and labels starts. */
  readonly rest: number;
}

/** A speaker in brackets at the start: `[Leo]`, `[[Maya Chen]]` (group 1 or 2), then an optional colon. */
export const BRACKET_SPEAKER = /\[\[([^\][]{1,80})\]\][ \t]*:?[ \t]*|\[([^\][]{1,40})\](?![([])[ \t]*:?[ \t]*/y;
/** A label before a colon and a space: "AI: ", "Decision needed: ", "Maya: " (group 1 is the label). */
export const COLON_LABEL = /([^:\n]{1,48}?)[ \t]*:[ \t]+/y;
/**
 * A blocker keyword with a dash or a colon, as src/store/blocker-lines.ts reads it: "Blocker —",
 * "Objection -", "Concern (2026-11-24T10:00:00Z):". Group 1 is the keyword.
 */
export const BLOCKER_LABEL = /(blocker|concern|objection)s?[ \t]*(?:\([^)\n]*\))?[ \t]*(?::|—|–|--?)[ \t]+/iy;
/**
 * A field inside an action item that ends the text before a colon: "Chase the quote — owner:
 * Wei Ling", "Book the room, due: Friday". The colon belongs to the field, not to a leading label.
 */
export const INLINE_FIELD = /.[ \t,;(–—-]+(?:owners?|assignee|due|eta|deadline|status|priority)$/i;
/** A leading "FYI," / "PSA -" / "Heads up," without a colon. */
export const FYI_LEAD = /(?:FYI|PSA|Heads[ -]up)\b[ \t]*[,:;.\-–—]?[ \t]*/iy;

/** An action label naming its owner in parentheses: "TODO(mrbobbytables)", "AI (Josh)", "Action item(@sam)"; group 1 is the owner. */
export const OWNED_ACTION_LABEL = /^(?:ais?|todo|action(?:[ \t]*items?)?)[ \t]*\(([^()]{1,40})\)$/i;
/** Keyword labels, matched against the whole label text. */
const LABELS: ReadonlyArray<readonly [RegExp, LabelKind]> = [
  // "T:" and "Y:" are the standup shorthand (Yesterday / Today / Blockers).
  [/^(?:ais?|a\.i\.|action|action\s*items?|action\s*points?|todo|to[\s-]?do|tasks?|next|next\s+steps?|follow[\s-]?ups?|owners?|assigned|assignments?|t|today|tomorrow|this\s+week|plan\s+for\s+(?:today|tomorrow|the\s+week))$/i, "action"],
  [/^(?:decisions?|decided|resolution|resolved|outcome|agreed|agreement|conclusion|verdict|consensus|approved|accepted|rejected)$/i, "decision"],
  [/^(?:asks?|requests?|(?:questions?|q)(?:\s+(?:for|to)\s+.+)?|rfc|vote|poll|call\s+for\s+.+|action\s+required|.{0,30}\b(?:needed|wanted|requested|required))$/i, "request"],
  [/^(?:blockers?|blocked(?:\s+(?:on|by))?)$/i, "blocker"],
  [/^(?:concerns?|objections?)$/i, "objection"],
  [/^(?:dependency|dependencies|waiting\s+(?:on|for)|depends\s+on)$/i, "dependency"],
  [/^(?:fyi|psa|heads[\s-]?up|nb|n\.b\.|announcements?|for\s+your\s+information|fyi\b.*)$/i, "fyi"],
  [/^(?:done|completed?|shipped|finished|status|update|updates|progress|y|yesterday|last\s+week)$/i, "done"],
];

/**
 * Reads up to three leading speakers/labels: `[Leo] AI: Josh to …` gives speaker "Leo", label
 * "action" and `rest` at "Josh". A label that is a name ("Ryan:", "Zach C:") is a speaker; any
 * other label ("Blog posts:") is a topic and only moves `rest`.
 */
export function readLead(text: string, directory: Directory): Lead {
  let speaker: string | null = null;
  let label: LabelKind | null = null;
  let at = 0;
  for (let step = 0; step < 3; step++) {
    if (text.charCodeAt(at) === 91 /* [ */) {
      BRACKET_SPEAKER.lastIndex = at;
      const b = BRACKET_SPEAKER.exec(text);
      if (b) {
        const inner = (b[1] !== undefined ? `[[${b[1]}]]` : (b[2] ?? "")).trim();
        if (inner !== "" && !inner.startsWith("!") && !/^[ xX/-]$/.test(inner)) {
          speaker ??= inner;
          at += b[0].length;
          continue;
        }
      }
    }
    BLOCKER_LABEL.lastIndex = at;
    const blocker = BLOCKER_LABEL.exec(text);
    if (blocker) {
      label ??= labelKind(blocker[1] ?? "");
      at += blocker[0].length;
      continue;
    }
    FYI_LEAD.lastIndex = at;
    const fyi = FYI_LEAD.exec(text);
    if (fyi && fyi[0].length > 0) {
      label ??= "fyi";
      at += fyi[0].length;
      continue;
    }
    const colon = text.indexOf(":", at);
    if (colon === -1 || colon - at > 50) break;
    COLON_LABEL.lastIndex = at;
    const c = COLON_LABEL.exec(text);
    if (!c) break;
    const raw = (c[1] ?? "").trim();
    if (raw === "" || raw.includes("http") || raw.includes("](") || INLINE_FIELD.test(raw)) break;
    const owned = OWNED_ACTION_LABEL.exec(raw);
    const kind = owned ? "action" : labelKind(raw);
    if (owned) speaker ??= (owned[1] ?? "").trim();
    if (kind !== null) {
      label ??= kind;
    } else if (isWholeName(raw, directory, text.slice(at + c[0].length))) {
      speaker ??= raw;
    }
    at += c[0].length;
  }
  return { speaker, label, rest: at };
}

/** The kind a label names, or null when it is not a keyword label. */
export function labelKind(label: string): LabelKind | null {
  const text = label.replace(/^[*_\s]+|[*_\s]+$/g, "");
  for (const [pattern, kind] of LABELS) if (pattern.test(text)) return kind;
  return null;
}

/** What a speaker's words start with when they promise: "will …", "I'll …", "I can …", "I need to …". */
export const SPOKEN_PROMISE = /^(?:will|shall|I['’]ll|I['’]m[ \t]+going|I[ \t]+(?:will|shall|can|need|have[ \t]+to|plan|am[ \t]+going))\b/i;

/**
 * True when a label is a speaker: names the directory knows, `@handles`, `[[links]]` and full
 * names; any name when the directory knows nobody (loose meeting notes); and with People notes,
 * an unknown single word only when what follows is spoken ("Tim: will follow up"). Otherwise a
 * single unknown word before a colon is a topic ("Paper: … we've agreed", "Budget: …"), and
 * "we" after it is still the writer.
 */
function isWholeName(label: string, directory: Directory, after: string): boolean {
  const names = readNames(label, 0, directory);
  if (names === null || label.slice(names.end).trim() !== "") return false;
  if (directory.people.length === 0 || SPOKEN_PROMISE.test(after)) return true;
  return names.names.every((n) => n.known || n.raw.startsWith("@") || n.raw.startsWith("[[") || n.raw.includes(" "));
}
