/**
 * How a name is looked up: the same key for "Maya Chen", "maya chen", "@maya", "[[Maya Chen]]",
 * "[[People/Maya Chen|Maya]]" and "Maya's". Every lookup in the directory goes through here.
 */

/** A wikilink `[[target|alias]]` or `[[target#heading]]`: group 1 is the target path. */
export const WIKILINK = /^\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]$/;

/** A trailing possessive: "Maya's", "James’". */
export const POSSESSIVE = /['’]s?$/;

/** Runs of whitespace, underscores between words are kept (handles). */
export const SPACES = /\s+/g;

/**
 * The lookup key of a name: wikilink target basename (no folder, no `.md`), without `@`, quotes,
 * surrounding brackets or a possessive, whitespace collapsed, lower-cased. Returns "" for input
 * that holds no name.
 */
export function nameKey(raw: string): string {
  let name = raw.trim();
  const link = WIKILINK.exec(name);
  if (link) {
    const target = link[1] ?? "";
    const slash = target.lastIndexOf("/");
    name = slash >= 0 ? target.slice(slash + 1) : target;
    if (name.toLowerCase().endsWith(".md")) name = name.slice(0, -3);
  }
  if (name.startsWith("@")) name = name.slice(1);
  if (name.length > 1 && (name.startsWith('"') || name.startsWith("'")) && name.endsWith(name[0] ?? "")) name = name.slice(1, -1);
  if (name.length > 2 && !name.includes("@")) name = name.replace(POSSESSIVE, "");
  return name.replace(SPACES, " ").trim().toLowerCase();
}

/**
 * The display form of a name as written, for owners the directory does not know: wikilink
 * target basename or alias-free text, `@` kept off, surrounding whitespace trimmed.
 */
export function displayName(raw: string): string {
  const link = WIKILINK.exec(raw.trim());
  if (link) {
    const target = link[1] ?? "";
    const slash = target.lastIndexOf("/");
    const base = slash >= 0 ? target.slice(slash + 1) : target;
    return base.toLowerCase().endsWith(".md") ? base.slice(0, -3) : base;
  }
  const trimmed = raw.trim();
  return trimmed.startsWith("@") ? trimmed.slice(1) : trimmed;
}
