import type { Finding, SentenceView } from "./finding";

/**
 * FYI: information nobody has to act on. Marked (kind `fyi`) so nobody answers it, and so the
 * request and commitment rules leave the sentence alone.
 */

/** "FYI", "F.Y.I.", "for your information", "no action required/needed", "just a heads-up", a leading "PSA". */
export const FYI = /\bFYI\b|\bF\.Y\.I\b|\bfor[ \t]+your[ \t]+information\b|\bno[ \t]+action[ \t]+(?:is[ \t]+)?(?:required|needed)\b|\bjust[ \t]+(?:a[ \t]+)?heads[ -]?up\b|^(?:PSA|Heads[ -]?up)\b/i;

/** The FYI finding for a sentence, or null. A "FYI" label or an "FYI" section counts too. */
export function findFyi(s: SentenceView): Finding | null {
  if (s.label !== "fyi" && s.section !== "fyi" && !FYI.test(s.text)) return null;
  return { kind: "fyi", start: 0, end: s.text.length, owner: null, title: s.text.slice(s.lead.rest) || s.text };
}
