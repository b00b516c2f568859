import type { LlmStore } from "./llm-cache";

/**
 * The device's daily call budget: at most `limit` requests to the LLM per local day (default
 * 200, see llm-endpoint.ts), counted in the LLM store under one key (device state, never vault
 * content). `today` is the device's local date, read by the shell: a budget is about this
 * device's day, not about any note. Each note's request counts once (retries of the same
 * request do not count again). A count that cannot be read starts at zero.
 */

/** Store key of the counter. */
export const BUDGET_KEY = "budget";

/** A local date, `YYYY-MM-DD`. */
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The counter for one day. Build with {@link DailyBudget.load}. */
export class DailyBudget {
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    private readonly store: LlmStore,
    readonly today: string,
    readonly limit: number,
    private calls: number,
  ) {}

  /** The budget for `today` with what was already used today. Throws on a bad date or limit (programmer errors). */
  static async load(store: LlmStore, today: string, limit: number): Promise<DailyBudget> {
    if (!LOCAL_DATE.test(today)) throw new RangeError(`budget date must be YYYY-MM-DD, got "${today}"`);
    if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`budget limit must be a whole number of calls, got ${limit}`);
    let used = 0;
    try {
      const raw = await store.read(BUDGET_KEY);
      const value = raw === null ? null : (JSON.parse(raw) as { date?: unknown; calls?: unknown });
      if (value && value.date === today && typeof value.calls === "number" && Number.isInteger(value.calls) && value.calls >= 0) used = value.calls;
    } catch {
      used = 0;
    }
    return new DailyBudget(store, today, limit, used);
  }

  /** Calls made today on this device. */
  get used(): number {
    return this.calls;
  }

  /** True while another call is allowed today. */
  get available(): boolean {
    return this.calls < this.limit;
  }

  /** Counts one call when the budget allows it (and stores the count); false when it is used up. */
  take(): boolean {
    if (!this.available) return false;
    this.calls++;
    const value = JSON.stringify({ date: this.today, calls: this.calls });
    this.saving = this.saving.then(() => this.store.write(BUDGET_KEY, value)).catch(() => undefined);
    return true;
  }

  /** Resolves when every count taken so far is stored (or failed to be). */
  flushed(): Promise<void> {
    return this.saving;
  }
}

/**
 * The device's local date, `YYYY-MM-DD`, read from `now` in the machine's zone. Deliberately
 * local: the budget counts this device's days (device state). Nothing that decides vault
 * content may use it.
 */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
