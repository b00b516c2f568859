/**
 * The board's filters: by person (owner or party), channel, tag and free text. All filters
 * combine with AND; an empty filter shows everything.
 */
import type { Item } from "../model/item";

/** One filter setting. `null`/empty means "any". */
export interface BoardFilter {
  /** A name: matches the owner or any party, case-insensitively. */
  readonly person: string | null;
  readonly channel: string | null;
  /** A tag with or without `#`, case-insensitive. */
  readonly tag: string | null;
  /** Free text: every whitespace-separated word must occur in the title, quote, owner, parties, id, channel, tags or choice. */
  readonly text: string;
}

/** Shows everything. */
export const NO_FILTER: BoardFilter = Object.freeze({ person: null, channel: null, tag: null, text: "" });

/** True when any filter is set (blank text does not count). */
export function isFiltering(filter: BoardFilter): boolean {
  return filter.person !== null || filter.channel !== null || filter.tag !== null || filter.text.trim() !== "";
}

/** Splits free text into words (runs of non-space). */
const WORD_PATTERN = /\S+/g;
/** A leading `#` on a tag. */
const TAG_HASH_PATTERN = /^#/;

/** Lowercase tag without its `#`. */
export function normaliseTag(tag: string): string {
  return tag.replace(TAG_HASH_PATTERN, "").toLowerCase();
}

/** Searchable text per item, cached by object identity: snapshots reuse unchanged items, so typing stays cheap. */
const haystacks = new WeakMap<Item, string>();

function haystackOf(item: Item): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    text = [item.title, item.quote, item.owner ?? "", item.parties.join(" "), item.id, item.channel ?? "", item.tags.join(" "), item.choice ?? ""]
      .join("\n")
      .toLowerCase();
    haystacks.set(item, text);
  }
  return text;
}

/** A filter compiled for repeated matching (lowercased once). */
export class FilterMatcher {
  private constructor(
    private readonly person: string | null,
    private readonly channel: string | null,
    private readonly tag: string | null,
    private readonly words: readonly string[],
  ) {}

  /** Compiles `filter`. */
  static of(filter: BoardFilter): FilterMatcher {
    const words = filter.text.toLowerCase().match(WORD_PATTERN) ?? [];
    return new FilterMatcher(filter.person?.toLowerCase() ?? null, filter.channel, filter.tag === null ? null : normaliseTag(filter.tag), words);
  }

  /** True when the filter is empty (every item matches). */
  get isEmpty(): boolean {
    return this.person === null && this.channel === null && this.tag === null && this.words.length === 0;
  }

  /** True when `item` passes every set filter. */
  matches(item: Item): boolean {
    if (this.person !== null && item.owner?.toLowerCase() !== this.person && !item.parties.some((p) => p.toLowerCase() === this.person)) return false;
    if (this.channel !== null && item.channel !== this.channel) return false;
    if (this.tag !== null && !item.tags.some((t) => normaliseTag(t) === this.tag)) return false;
    if (this.words.length > 0) {
      const hay = haystackOf(item);
      for (const word of this.words) if (!hay.includes(word)) return false;
    }
    return true;
  }
}

/** Choices for the filter menus, sorted, each listed once. */
export interface FilterOptions {
  readonly people: readonly string[];
  readonly channels: readonly string[];
  readonly tags: readonly string[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The people (owners, parties and everyone in `directoryNames`), channels and tags present.
 * Names that differ only in case are listed once, in the first spelling met.
 */
export function collectFilterOptions(items: readonly Item[], directoryNames: readonly string[] = []): FilterOptions {
  const people = new Map<string, string>();
  const channels = new Set<string>();
  const tags = new Map<string, string>();
  const addPerson = (name: string): void => {
    const key = name.toLowerCase();
    if (!people.has(key)) people.set(key, name);
  };
  for (const name of directoryNames) addPerson(name);
  for (const item of items) {
    if (item.owner) addPerson(item.owner);
    for (const party of item.parties) addPerson(party);
    if (item.channel) channels.add(item.channel);
    for (const tag of item.tags) {
      const key = normaliseTag(tag);
      if (key && !tags.has(key)) tags.set(key, key);
    }
  }
  return {
    people: [...people.values()].sort(byText),
    channels: [...channels].sort(byText),
    tags: [...tags.values()].sort(byText),
  };
}
