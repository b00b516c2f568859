/**
 * A date or time phrase found in text, as the deadline code reads it: the shape of chrono-node's
 * `ParsedResult` that Handoff uses, so chrono's results and the fast path's
 * (`fast-mentions.ts`) go through the same conventions.
 */

/** The components of a parsed date (chrono's `Component`). */
export type DateComponent = "year" | "month" | "day" | "weekday" | "hour" | "minute" | "second" | "millisecond" | "meridiem" | "timezoneOffset";

/** Known and implied components: `get` gives either (null when neither), `isCertain` only known ones. */
export interface DateComponents {
  get(component: DateComponent): number | null;
  isCertain(component: DateComponent): boolean;
}

/** One parsed phrase: where it is in the text that was parsed, its components and its tags (`handoff:*`, `casualReference/*`, …). */
export interface DateMention {
  readonly index: number;
  readonly text: string;
  readonly start: DateComponents;
  /**
   * The end of a range ("3/21 to 3/26"). chrono sets null when there is none (its typings say
   * undefined), and the fast path does the same, so checks on it behave alike.
   */
  readonly end?: DateComponents | null;
  tags(): Set<string>;
}
