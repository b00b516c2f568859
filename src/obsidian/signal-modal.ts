/**
 * "Insert signal": pick the signal and, for the two that ask something, the deadline as a date
 * and a time on MY clock (my People note's zone); the preview shows the exact words inserted,
 * which name the zone so every teammate's device reads the same instant.
 */
import { App, Modal, Setting } from "obsidian";
import { DATE_INPUT, SIGNALS, signalText, TIME_INPUT, type SignalKind } from "./signal-text";

/** The signal modal; `onInsert` gets the text to insert at the cursor. */
export class SignalModal extends Modal {
  private kind: SignalKind = "input-needed";
  private date: string;
  private time: string;
  private preview: HTMLElement | null = null;
  private deadlineRows: Setting[] = [];

  /**
   * @param zone my IANA zone (deadlines are picked in it)
   * @param initial the suggested deadline on my clock, `YYYY-MM-DDTHH:mm` (the next working day's end)
   */
  constructor(app: App, private readonly zone: string, initial: string, private readonly onInsert: (text: string) => void) {
    super(app);
    [this.date, this.time] = initial.split("T");
  }

  override onOpen(): void {
    const el = this.contentEl;
    this.setTitle("Insert signal");
    new Setting(el).setName("Signal").addDropdown((d) => {
      for (const s of SIGNALS) d.addOption(s.kind, s.label);
      d.setValue(this.kind).onChange((v) => {
        this.kind = v as SignalKind;
        this.update();
      });
    });
    this.deadlineRows = [
      new Setting(el).setName("Deadline date").setDesc(`On your clock (${this.zone}).`).addText((t) => {
        t.inputEl.type = "date";
        t.setValue(this.date).onChange((v) => {
          this.date = v;
          this.update();
        });
      }),
      new Setting(el).setName("Deadline time").addText((t) => {
        t.inputEl.type = "time";
        t.setValue(this.time).onChange((v) => {
          this.time = v;
          this.update();
        });
      }),
    ];
    this.preview = el.createEl("pre", { cls: "handoff-signal-preview" });
    new Setting(el).addButton((b) => b.setButtonText("Insert").setCta().onClick(() => this.insert()));
    this.update();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** The text for the current choice, or a sentence saying what is wrong. */
  private text(): { ok: true; text: string } | { ok: false; problem: string } {
    const needsDeadline = SIGNALS.find((s) => s.kind === this.kind)?.deadline ?? false;
    if (!needsDeadline) return { ok: true, text: signalText(this.kind, null, this.zone) };
    if (!DATE_INPUT.test(this.date)) return { ok: false, problem: "Pick a deadline date." };
    if (!TIME_INPUT.test(this.time)) return { ok: false, problem: "Pick a deadline time (24-hour, like 17:00)." };
    try {
      return { ok: true, text: signalText(this.kind, `${this.date}T${this.time}`, this.zone) };
    } catch (error) {
      return { ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
  }

  private update(): void {
    const needsDeadline = SIGNALS.find((s) => s.kind === this.kind)?.deadline ?? false;
    for (const row of this.deadlineRows) row.settingEl.toggle(needsDeadline);
    const result = this.text();
    this.preview?.setText(result.ok ? result.text : result.problem);
  }

  private insert(): void {
    const result = this.text();
    if (!result.ok) return;
    this.close();
    this.onInsert(result.text);
  }
}
