import type { Directory } from "../model/person";
import { readNames } from "./names";

/** What a sentence's leading label says it is ("AI:", "Decision:", "Ask:", "Blocker:", "FYI:", "Done:"). */
export type LabelKind = "action" | "decision" | "request" | "dependency" | "fyi" | "done";

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
/** A leading "FYI," / "PSA -" / "Heads up," without a colon. */
export const FYI_LEAD = /(?:FYI|PSA|Heads[ -]up)\b[ \t]*[,:;.\-–—]?[ \t]*/iy;

/** An action label naming its owner in parentheses: "TODO(mrbobbytables)", "AI (Josh)", "Action item(@sam)"; group 1 is the owner. */
export const OWNED_ACTION_LABEL = /^(?:ais?|todo|action(?:[ \t]*items?)?)[ \t]*\(([^()]{1,40})\)$/i;
/** Keyword labels, matched against the whole label text. */
const LABELS: ReadonlyArray<readonly [RegExp, LabelKind]> = [
  [/^(?:ais?|a\.i\.|action|action\s*items?|action\s*points?|todo|to[\s-]?do|tasks?|next|next\s+steps?|follow[\s-]?ups?|owners?|assigned|assignments?)$/i, "action"],
  [/^(?:decisions?|decided|resolution|resolved|outcome|agreed|agreement|conclusion|verdict|consensus|approved|accepted|rejected)$/i, "decision"],
  [/^(?:asks?|requests?|questions?(?:\s+for\s+.+)?|q|rfc|vote|poll|call\s+for\s+.+|action\s+required|.{0,30}\b(?:needed|wanted|requested|required))$/i, "request"],
  [/^(?:blockers?|blocked(?:\s+(?:on|by))?|dependency|dependencies|waiting\s+(?:on|for)|depends\s+on)$/i, "dependency"],
  [/^(?:fyi|psa|heads[\s-]?up|nb|n\.b\.|announcements?|for\s+your\s+information|fyi\b.*)$/i, "fyi"],
  [/^(?:done|completed?|shipped|finished|status|update|updates|progress)$/i, "done"],
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
    if (raw === "" || raw.includes("http") || raw.includes("](")) break;
    const owned = OWNED_ACTION_LABEL.exec(raw);
    const kind = owned ? "action" : labelKind(raw);
    if (owned) speaker ??= (owned[1] ?? "").trim();
    if (kind !== null) {
      label ??= kind;
    } else if (isWholeName(raw, directory)) {
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

function isWholeName(label: string, directory: Directory): boolean {
  const names = readNames(label, 0, directory);
  return names !== null && label.slice(names.end).trim() === "";
}
