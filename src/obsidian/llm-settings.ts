/**
 * The LLM's device settings, as the background extraction reads them. The endpoint, model and
 * the NAME of the key's secret are core device settings (`device-settings.ts`, edited in the
 * settings tab's "This device only" part); the daily budget and the timeout are this feature's
 * own (`features.llm` in `data.json`). None of it is vault content, and the key itself is never
 * here: it stays in Obsidian's secret storage and is read when a request is made.
 *
 * Pure: no `obsidian` import.
 */
import { DEFAULT_LLM_DAILY_BUDGET, DEFAULT_LLM_MODEL, DEFAULT_LLM_TIMEOUT_SECONDS, isHttpUrl } from "../extract/llm-endpoint";
import type { DeviceSettings } from "./device-settings";

/** The feature id: key of its settings in `data.json` `features`. */
export const LLM_FEATURE_ID = "llm";

/** The feature's own settings. */
export interface LlmFeatureSettings {
  /** Requests per local day on this device. Default 200. */
  readonly dailyBudget: number;
  /** Seconds per request before it counts as a hang. Default 30. */
  readonly timeoutSeconds: number;
}

export const DEFAULT_LLM_FEATURE_SETTINGS: LlmFeatureSettings = Object.freeze({ dailyBudget: DEFAULT_LLM_DAILY_BUDGET, timeoutSeconds: DEFAULT_LLM_TIMEOUT_SECONDS });

/** Largest values accepted: 10,000 calls a day, 10 minutes a request. */
export const MAX_DAILY_BUDGET = 10_000;
export const MAX_TIMEOUT_SECONDS = 600;

/** The feature settings from whatever `data.json` holds; anything unusable is its default. */
export function readLlmFeatureSettings(raw: unknown): LlmFeatureSettings {
  const value = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const budget = value.dailyBudget;
  const timeout = value.timeoutSeconds;
  return Object.freeze({
    dailyBudget: typeof budget === "number" && Number.isInteger(budget) && budget >= 0 && budget <= MAX_DAILY_BUDGET ? budget : DEFAULT_LLM_DAILY_BUDGET,
    timeoutSeconds: typeof timeout === "number" && Number.isFinite(timeout) && timeout > 0 && timeout <= MAX_TIMEOUT_SECONDS ? timeout : DEFAULT_LLM_TIMEOUT_SECONDS,
  });
}

/** Everything the background extraction needs to build a run. */
export interface LlmConfig {
  readonly baseUrl: string;
  readonly model: string;
  /** Name of the secret holding the key; "" for a keyless local server. */
  readonly secretName: string;
  readonly dailyBudget: number;
  readonly timeoutSeconds: number;
}

/** The config, or why there is none: null config and null problem when the LLM is simply off (no endpoint). */
export interface LlmConfigResult {
  readonly config: LlmConfig | null;
  readonly problem: string | null;
}

/** The config from the device settings and the feature's settings. */
export function llmConfigOf(device: DeviceSettings, feature: unknown): LlmConfigResult {
  const endpoint = device.llmEndpoint.trim();
  if (endpoint === "") return { config: null, problem: null };
  if (!isHttpUrl(endpoint)) {
    return { config: null, problem: `Handoff: the LLM endpoint "${endpoint}" is not an http(s) URL, so LLM extraction is off. Fix it in Handoff's settings (like https://api.openai.com/v1 or http://localhost:11434/v1).` };
  }
  const own = readLlmFeatureSettings(feature);
  return {
    config: Object.freeze({
      baseUrl: endpoint,
      model: device.llmModel.trim() === "" ? DEFAULT_LLM_MODEL : device.llmModel.trim(),
      secretName: device.llmKeySecret,
      dailyBudget: own.dailyBudget,
      timeoutSeconds: own.timeoutSeconds,
    }),
    problem: null,
  };
}

/** A config as a string, to notice when it changed (a new run starts). */
export function configSignature(config: LlmConfig, today: string): string {
  return JSON.stringify([config.baseUrl, config.model, config.secretName, config.dailyBudget, config.timeoutSeconds, today]);
}
