/**
 * The optional LLM as a plugin feature (docs/llm.md, docs/plugin.md "Adding a feature"). The
 * endpoint, model and key secret rows are the settings tab's own ("This device only"); this
 * feature adds the daily budget and the timeout, and runs {@link LlmBackground} with Obsidian's
 * pieces: HTTP through `requestUrl` (no CORS trouble with custom endpoints), the key read from
 * `app.secretStorage` by name at request time, answers cached in this vault's local storage on
 * this device, warnings as Notices.
 *
 * The shell wires it in `main.ts`, because the index's extractor is fixed when the index is
 * built (see {@link LlmFeature}).
 */
import { requestUrl } from "obsidian";
import { localDate } from "../extract/llm-budget";
import type { HandoffFeature, PluginContext, SettingRow } from "./feature";
import { LlmBackground } from "./llm-background";
import { requestUrlFetch } from "./llm-fetch";
import { LLM_FEATURE_ID, llmConfigOf, type LlmFeatureSettings, MAX_DAILY_BUDGET, MAX_TIMEOUT_SECONDS, readLlmFeatureSettings } from "./llm-settings";
import { LocalLlmStore } from "./llm-store";

/** Delay before gathered cache writes are saved to local storage. */
const SAVE_DELAY_MS = 2000;

/**
 * The LLM feature. In `main.ts`:
 * ```ts
 * const llm = new LlmFeature((path) => cache.forget(path));
 * const index = new LiveIndex({ extract: llm.extractor(extractNote), cache, … });
 * // and list `llm` in features()
 * ```
 * `forget` drops a note's entry from the index's extraction cache, so the re-index that follows
 * an LLM answer extracts again instead of reusing the rules-only result.
 */
export class LlmFeature implements HandoffFeature {
  readonly id = LLM_FEATURE_ID;
  readonly settingsHeading = "Language model (optional)";
  private readonly background = new LlmBackground();
  private store: LocalLlmStore | null = null;

  constructor(private readonly forget: (path: string) => void) {}

  /** The extractor for the index: `base` now, merged LLM candidates once they are ready. */
  extractor(base: Parameters<LlmBackground["extractor"]>[0]): ReturnType<LlmBackground["extractor"]> {
    return this.background.extractor(base);
  }

  register(ctx: PluginContext): void {
    const store = LocalLlmStore.open(ctx.app, (save) => window.setTimeout(save, SAVE_DELAY_MS));
    this.store = store;
    this.background.attach({
      config: () => llmConfigOf(ctx.device(), ctx.featureSettings(LLM_FEATURE_ID)),
      readSecret: (name) => ctx.readSecret(name),
      notice: (message) => ctx.notice(message, 10_000),
      refresh: (path) => {
        this.forget(path);
        ctx.index.push({ kind: "reindex", path });
      },
      timers: { now: () => Date.now(), setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (id) => window.clearTimeout(id) },
      fetch: requestUrlFetch((param) => requestUrl(param)),
      store,
      today: () => localDate(new Date()),
    });
  }

  settingRows(ctx: PluginContext): readonly SettingRow[] {
    const own = (): LlmFeatureSettings => readLlmFeatureSettings(ctx.featureSettings(LLM_FEATURE_ID));
    const row = (name: string, desc: string, field: keyof LlmFeatureSettings, accept: (n: number) => boolean): SettingRow => ({
      name,
      desc,
      render: (setting) => {
        setting.addText((t) => {
          t.setValue(String(own()[field])).onChange((v) => {
            const n = Number(v.trim());
            if (v.trim() !== "" && accept(n)) void ctx.saveFeatureSettings(LLM_FEATURE_ID, { ...own(), [field]: n });
          });
        });
      },
    });
    return [
      row("LLM calls per day", "Most requests this device sends to the LLM per day; past it, the rules alone read notes until tomorrow. Default: 200.", "dailyBudget", (n) => Number.isInteger(n) && n >= 0 && n <= MAX_DAILY_BUDGET),
      row("LLM timeout (seconds)", "How long one request may take before the rules take over. Default: 30.", "timeoutSeconds", (n) => Number.isFinite(n) && n > 0 && n <= MAX_TIMEOUT_SECONDS),
    ];
  }

  unload(): void {
    this.background.detach();
    this.store?.flush();
  }
}
