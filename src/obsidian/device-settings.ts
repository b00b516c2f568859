/**
 * Settings that belong to one device and never travel with the vault: who this person is, the
 * LLM endpoint and the *name* of the secret holding its key, how often to sync, whether inline
 * highlighting is on. Stored in the plugin's `data.json`, which sync keeps out of git
 * (`src/sync/gitignore-lines.ts`). Team-wide settings live in the team settings note instead
 * (`docs/item-format.md`), so every device extracts alike.
 *
 * Pure: no `obsidian` import, so the parser is tested in Node.
 */

/** Everything the plugin keeps in `data.json`. */
export interface DeviceSettings {
  /** Vault path of my People note (`People/Maya Chen.md`); "" until chosen. Default "". */
  readonly me: string;
  /** Channel (a folder under the team's channels folder) my async updates go to; "" asks once. Default "". */
  readonly channel: string;
  /** OpenAI-compatible endpoint for the optional LLM (issue 6); "" means off. Default "". */
  readonly llmEndpoint: string;
  /** Model name sent to that endpoint. Default "". */
  readonly llmModel: string;
  /**
   * The NAME of the secret in Obsidian's secret storage that holds the LLM key (`handoff-llm`),
   * never the key itself. Default "".
   */
  readonly llmKeySecret: string;
  /** Minutes between automatic syncs; 0 turns them off. Default 0: sync runs only when asked. */
  readonly syncIntervalMinutes: number;
  /** Inline highlighting in new editors. Default true (DESIGN: highlighted as you type). */
  readonly highlighting: boolean;
  /**
   * Device settings of features registered through the feature seam (`feature.ts`), by feature
   * id; each feature validates its own. Default `{}`.
   */
  readonly features: Readonly<Record<string, unknown>>;
}

/** The defaults: nothing about the person is guessed; sync on demand; highlighting on. */
export const DEFAULT_DEVICE_SETTINGS: DeviceSettings = Object.freeze({
  me: "",
  channel: "",
  llmEndpoint: "",
  llmModel: "",
  llmKeySecret: "",
  syncIntervalMinutes: 0,
  highlighting: true,
  features: Object.freeze({}),
});

/** Longest automatic sync interval accepted, in minutes (one day). */
export const MAX_SYNC_INTERVAL_MINUTES = 24 * 60;

/**
 * A secret's name as Obsidian's secret storage accepts it: lowercase letters, digits and dashes
 * (`handoff-llm`). Anything else (a pasted key, spaces, capitals) is refused.
 */
export const SECRET_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Device settings read from `data.json`, with what was dropped and why. */
export interface LoadedDeviceSettings {
  readonly settings: DeviceSettings;
  /** One sentence per value that was not usable and fell back to its default. */
  readonly problems: readonly string[];
}

/**
 * Reads whatever `loadData()` returned (null on first run, or a file a person edited) into
 * settings. Unknown keys are dropped, so a key pasted into `data.json` by hand is not written
 * back; a value of the wrong type falls back to its default with a problem naming the key.
 */
export function readDeviceSettings(data: unknown): LoadedDeviceSettings {
  if (data === null || data === undefined) return { settings: DEFAULT_DEVICE_SETTINGS, problems: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { settings: DEFAULT_DEVICE_SETTINGS, problems: ["Handoff's data.json is not an object; using the default device settings."] };
  }
  const raw = data as Record<string, unknown>;
  const problems: string[] = [];
  const text = (key: keyof DeviceSettings): string => {
    const value = raw[key];
    if (value === undefined) return DEFAULT_DEVICE_SETTINGS[key] as string;
    if (typeof value === "string") return value.trim();
    problems.push(`Handoff device setting "${key}" must be text; using "${DEFAULT_DEVICE_SETTINGS[key] as string}".`);
    return DEFAULT_DEVICE_SETTINGS[key] as string;
  };
  let secret = text("llmKeySecret");
  if (secret !== "" && !SECRET_NAME.test(secret)) {
    problems.push("Handoff device setting \"llmKeySecret\" must be a secret's name (lowercase letters, digits, dashes), not a key; it was cleared.");
    secret = "";
  }
  let interval = raw.syncIntervalMinutes ?? DEFAULT_DEVICE_SETTINGS.syncIntervalMinutes;
  if (typeof interval !== "number" || !Number.isFinite(interval) || interval < 0 || interval > MAX_SYNC_INTERVAL_MINUTES) {
    problems.push(`Handoff device setting "syncIntervalMinutes" must be a number of minutes from 0 to ${MAX_SYNC_INTERVAL_MINUTES}; sync on demand only.`);
    interval = 0;
  }
  let highlighting = raw.highlighting ?? DEFAULT_DEVICE_SETTINGS.highlighting;
  if (typeof highlighting !== "boolean") {
    problems.push('Handoff device setting "highlighting" must be true or false; highlighting is on.');
    highlighting = true;
  }
  const features = raw.features;
  const featureMap = typeof features === "object" && features !== null && !Array.isArray(features) ? { ...(features as Record<string, unknown>) } : {};
  return {
    settings: Object.freeze({
      me: text("me"),
      channel: text("channel"),
      llmEndpoint: text("llmEndpoint"),
      llmModel: text("llmModel"),
      llmKeySecret: secret,
      syncIntervalMinutes: Math.round(interval as number),
      highlighting: highlighting as boolean,
      features: Object.freeze(featureMap),
    }),
    problems,
  };
}

/** Settings with some fields changed; the result is frozen and re-validated through {@link readDeviceSettings}. */
export function withDeviceSettings(settings: DeviceSettings, change: Partial<DeviceSettings>): DeviceSettings {
  const next = readDeviceSettings({ ...settings, ...change });
  if (next.problems.length > 0) throw new RangeError(next.problems[0]);
  return next.settings;
}
