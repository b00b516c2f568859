/**
 * A copy of `text` that does not keep a larger string alive. V8 represents a substring (from
 * `slice`, `split`, a regex group) as a view into its parent, so one short title kept in the
 * index would otherwise pin the whole note it was read from; across 10,000 notes that is the
 * difference between the index fitting its memory budget or not (DESIGN "Performance targets").
 */
export function ownString<T extends string | null>(text: T): T {
  return (text === null || text.length < 13 ? text : ` ${text}`.slice(1)) as T;
}
