/**
 * Why the LLM gave nothing usable for a note. Every failure falls back to the rules (the note's
 * rule candidates are still returned); the run shows one warning built from the first failure.
 */

/**
 * - `timeout`: no answer within the timeout (a hang).
 * - `connection`: the server could not be reached.
 * - `http`: an error status after the allowed retries (5xx, 4xx).
 * - `rate-limit`: still 429 after the allowed retries, or asked to wait longer than we do.
 * - `garbage`: an answer that is not JSON, has the wrong shape, or quotes nothing from the note.
 * - `budget`: the device's daily call budget is used up.
 * - `key`: no key for a server that needs one, or the server refused it (401/403).
 */
export type LlmFailureReason = "timeout" | "connection" | "http" | "rate-limit" | "garbage" | "budget" | "key";

/** Reasons after which the rest of the run does not call the server again (it is down, slow or refusing us). */
const STOPS_RUN: ReadonlySet<LlmFailureReason> = new Set(["timeout", "connection", "http", "rate-limit", "budget", "key"]);

/** A failure with a message for people: what happened and what Handoff did about it. */
export class LlmFailure extends Error {
  constructor(
    readonly reason: LlmFailureReason,
    message: string,
  ) {
    super(message);
    this.name = "LlmFailure";
  }

  /** True when later notes of the same run should not call the server (garbage answers stop only their note). */
  get stopsRun(): boolean {
    return STOPS_RUN.has(this.reason);
  }
}
