/**
 * Async health in the plugin (issue 7): decision windows checked at startup and on a timer (the
 * owner gets a notice), "Write weekly review", adopt / withdraw / supersede a decision, "Insert
 * dependency chain graph" at the cursor, and the optional "while you were away" notice. Plugs in
 * through the feature seam (`feature.ts`); everything it decides is the pure core in src/review.
 */
import { FuzzySuggestModal, type App } from "obsidian";
import type { DecisionAction } from "../model/decision-window";
import type { Item } from "../model/item";
import { chainFlowchart } from "../review/chain-graph";
import { actOnDecisionText } from "../review/decision-changes";
import { DependencyGraph } from "../review/dependency-graph";
import { tick } from "../review/tick";
import { waitingOnYouSince } from "../review/waiting-since";
import { writeWeeklyReview } from "../review/write-review";
import { activeMarkdown } from "./editor-access";
import type { HandoffFeature, PluginContext, SettingRow } from "./feature";
import { targetItem } from "./item-target";
import { TextPromptModal } from "./prompt-modals";
import { awayNotice, MAX_TICK_MINUTES, readReviewSettings, tickNotices, type ReviewSettings } from "./review-notices";

const HOUR_MS = 3_600_000;

/** Picks the decision that replaces another. */
class DecisionPickModal extends FuzzySuggestModal<Item> {
  constructor(app: App, private readonly decisions: readonly Item[], private readonly onChoose: (item: Item) => void) {
    super(app);
    this.setPlaceholder("Which decision replaces it?");
  }

  getItems(): Item[] {
    return [...this.decisions];
  }

  getItemText(item: Item): string {
    return `${item.title} (${item.status})`;
  }

  onChooseItem(item: Item): void {
    this.onChoose(item);
  }
}

/** The async-health feature. */
export class ReviewFeature implements HandoffFeature {
  readonly id = "review";
  readonly settingsHeading = "Async health";
  private ticking = false;
  private started = false;
  private lastSavedOnline = 0;
  private timer: number | null = null;

  register(ctx: PluginContext): void {
    const { plugin } = ctx;
    const unsubscribe = ctx.index.subscribe(() => {
      if (this.started || ctx.index.record === null || ctx.index.loading) return;
      this.started = true;
      void this.startup(ctx);
    });
    plugin.register(unsubscribe);
    this.arm(ctx);

    plugin.addCommand({ id: "write-weekly-review", name: "Write weekly review", callback: () => void this.writeReview(ctx) });
    plugin.addCommand({ id: "check-decision-windows", name: "Adopt or contest decisions whose window has closed", callback: () => void this.tickNow(ctx, true) });
    plugin.addCommand({ id: "adopt-decision", name: "Adopt decision", callback: () => this.act(ctx, "adopt") });
    plugin.addCommand({ id: "withdraw-decision", name: "Withdraw decision", callback: () => this.act(ctx, "withdraw") });
    plugin.addCommand({ id: "supersede-decision", name: "Supersede decision", callback: () => this.act(ctx, "supersede") });
    plugin.addCommand({ id: "insert-chain-graph", name: "Insert dependency chain graph", callback: () => this.insertChain(ctx) });
  }

  settingRows(ctx: PluginContext): readonly SettingRow[] {
    const settings = (): ReviewSettings => readReviewSettings(ctx.featureSettings(this.id));
    const save = async (change: Partial<ReviewSettings>): Promise<void> => ctx.saveFeatureSettings(this.id, { ...settings(), ...change });
    return [
      {
        name: "Check decision windows every (minutes)",
        desc: `While Obsidian is open, adopt or contest decisions whose window has closed this often (1 to ${MAX_TICK_MINUTES}). The outcome is recorded at the window's close whatever the interval. Default: 5.`,
        render: (setting) => {
          setting.addText((t) => {
            t.inputEl.type = "number";
            t.setValue(String(settings().tickMinutes)).onChange(async (v) => {
              const minutes = Number(v);
              if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TICK_MINUTES) return;
              await save({ tickMinutes: minutes });
              this.arm(ctx);
            });
          });
        },
      },
      {
        name: "While you were away",
        desc: "At startup, list what came to wait on you since Handoff last ran on this device (needs who you are). Default: on.",
        render: (setting) => {
          setting.addToggle((t) => t.setValue(settings().startupNotice).onChange((on) => void save({ startupNotice: on })));
        },
      },
    ];
  }

  unload(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
  }

  /** (Re)starts the decision-window timer at the configured interval. */
  private arm(ctx: PluginContext): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    const minutes = readReviewSettings(ctx.featureSettings(this.id)).tickMinutes;
    this.timer = window.setInterval(() => void this.tickNow(ctx, false), minutes * 60_000);
    ctx.plugin.registerInterval(this.timer);
  }

  /** First index done: the "while you were away" notice, then a tick. */
  private async startup(ctx: PluginContext): Promise<void> {
    const settings = readReviewSettings(ctx.featureSettings(this.id));
    const record = ctx.index.record;
    const me = ctx.viewer().person?.name ?? null;
    if (record && me && settings.startupNotice) {
      const waiting = waitingOnYouSince({
        items: ctx.index.snapshot(),
        links: record.links,
        settings: record.settings,
        directory: record.directory,
        me,
        lastOnlineMs: settings.lastOnline === null ? null : Date.parse(settings.lastOnline),
        nowMs: Date.parse(ctx.now()),
      });
      const text = awayNotice(waiting);
      if (text) ctx.notice(text, 15_000);
    }
    await this.tickNow(ctx, false);
  }

  /** Ticks the record; tells this device's person about their decisions; keeps "last online" (hourly). */
  private async tickNow(ctx: PluginContext, manual: boolean): Promise<void> {
    const record = ctx.index.record;
    if (record === null || this.ticking) {
      if (manual) ctx.notice("Handoff is still indexing the vault; try again in a moment.");
      return;
    }
    this.ticking = true;
    try {
      const nowMs = Date.parse(ctx.now());
      const result = await tick(record, nowMs, { reindex: false });
      for (const text of tickNotices(result, ctx.viewer().person?.name ?? null)) ctx.notice(text, 10_000);
      for (const problem of result.problems) console.warn(`Handoff: ${problem}`);
      if (manual) ctx.notice(`Decision windows checked: ${result.adopted.length} adopted, ${result.contested.length} contested, ${result.waiting.length} still open.`);
      if (nowMs - this.lastSavedOnline >= HOUR_MS) {
        this.lastSavedOnline = nowMs;
        await ctx.saveFeatureSettings(this.id, { ...readReviewSettings(ctx.featureSettings(this.id)), lastOnline: ctx.now() });
      }
    } finally {
      this.ticking = false;
    }
  }

  private async writeReview(ctx: PluginContext): Promise<void> {
    const record = ctx.index.record;
    if (record === null) return ctx.notice("Handoff is still indexing the vault; try again in a moment.");
    const written = await writeWeeklyReview(record, Date.parse(ctx.now()));
    if (written.problem) return ctx.notice(written.problem, 10_000);
    ctx.notice(written.written ? `Weekly review written: ${written.path}` : `The weekly review is up to date: ${written.path}`);
    ctx.openNote(written.path);
  }

  /** Adopt, withdraw or supersede the decision under the cursor (or the open decision note). */
  private act(ctx: PluginContext, action: DecisionAction): void {
    const target = targetItem(ctx.app, ctx.index, "decision");
    if (!target.ok) return ctx.notice(target.problem);
    const by = ctx.viewer().person?.name ?? "";
    if (by === "") return ctx.notice('Choose who you are ("Who am I") in Handoff\'s settings first, so the decision log says who acted.');
    const apply = (reason?: string, supersededBy?: Item): void => {
      const at = ctx.now().replace(/\.\d+Z$/, "Z");
      let refused: string | null = null;
      ctx.vault
        .process(target.item.path, (text) => {
          const next = actOnDecisionText(target.item.path, text, { action, by, at, reason, supersededBy });
          if (typeof next === "string") return next;
          refused = next.refused;
          return text;
        })
        .then(() => ctx.notice(refused ?? `"${target.item.title}" is now ${action === "adopt" ? "adopted" : action === "withdraw" ? "withdrawn" : "superseded"}.`))
        .catch((error: unknown) => ctx.notice(error instanceof Error ? error.message : String(error)));
    };
    if (action === "supersede") {
      const others = ctx.index.snapshot().filter((i) => i.kind === "decision" && i.id !== target.item.id && i.status !== "withdrawn" && i.status !== "superseded");
      if (others.length === 0) return ctx.notice("There is no other decision to replace it with: write the new decision first.");
      new DecisionPickModal(ctx.app, others, (replacement) => apply(undefined, replacement)).open();
      return;
    }
    const prompt = { title: `${action === "adopt" ? "Adopt" : "Withdraw"} "${target.item.title}"`, label: "Why, in one line", placeholder: action === "adopt" ? "Legal cleared the contract" : "We are staying with the current vendor", action: action === "adopt" ? "Adopt" : "Withdraw" };
    new TextPromptModal(ctx.app, prompt, (reason) => apply(reason)).open();
  }

  /** Inserts the Mermaid graph of the chain behind the item under the cursor, at the cursor. */
  private insertChain(ctx: PluginContext): void {
    const target = targetItem(ctx.app, ctx.index);
    if (!target.ok) return ctx.notice(target.problem);
    const editor = activeMarkdown(ctx.app)?.editor;
    if (!editor) return ctx.notice("Switch to editing mode to insert the graph.");
    const items = ctx.index.snapshot();
    const item = items.find((i) => i.id === target.item.id) ?? target.item;
    editor.replaceRange(`\n${chainFlowchart(DependencyGraph.of(items), item)}\n`, editor.getCursor());
  }
}
