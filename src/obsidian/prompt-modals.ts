/**
 * Small modals commands ask through: one line of text ("What blocks this decision?"), a status
 * from the item's kind, a channel. Each calls back once with the answer and never when the
 * person closes it without one.
 */
import { App, FuzzySuggestModal, Modal, Setting, SuggestModal } from "obsidian";
import type { Item } from "../model/item";
import { statusesFor, type ItemStatus } from "../model/status";

/** Asks for one line of text; `onSubmit` gets it trimmed and non-empty. */
export class TextPromptModal extends Modal {
  private value = "";

  constructor(app: App, private readonly prompt: { title: string; label: string; placeholder: string; action: string }, private readonly onSubmit: (text: string) => void) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.prompt.title);
    new Setting(this.contentEl).setName(this.prompt.label).addText((text) => {
      text.setPlaceholder(this.prompt.placeholder).onChange((v) => (this.value = v));
      text.inputEl.addEventListener("keydown", (event: KeyboardEvent) => {
        if (event.key === "Enter") {
          event.preventDefault();
          this.submit();
        }
      });
    });
    new Setting(this.contentEl).addButton((b) => b.setButtonText(this.prompt.action).setCta().onClick(() => this.submit()));
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private submit(): void {
    const text = this.value.trim();
    if (text === "") return;
    this.close();
    this.onSubmit(text);
  }
}

/** Human names of statuses, as the board's columns and chips say them. */
export const STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  open: "Open",
  "in-progress": "In progress",
  done: "Done",
  cancelled: "Cancelled",
  adopted: "Adopted",
  contested: "Contested",
  withdrawn: "Withdrawn",
  superseded: "Superseded",
};

/** Picks a status valid for the item's kind (open / in progress / done / cancelled for tasks). */
export class StatusModal extends SuggestModal<ItemStatus> {
  constructor(app: App, private readonly item: Item, private readonly onChoose: (status: ItemStatus) => void) {
    super(app);
    this.setPlaceholder(`Status of "${item.title}" (now ${STATUS_LABELS[item.status] ?? item.status})`);
  }

  getSuggestions(query: string): ItemStatus[] {
    const q = query.trim().toLowerCase();
    return statusesFor(this.item.kind).filter((s) => s !== this.item.status && STATUS_LABELS[s].toLowerCase().includes(q));
  }

  renderSuggestion(status: ItemStatus, el: HTMLElement): void {
    el.setText(STATUS_LABELS[status]);
  }

  onChooseSuggestion(status: ItemStatus): void {
    this.onChoose(status);
  }
}

/** Picks one of the vault's channels. */
export class ChannelModal extends FuzzySuggestModal<string> {
  constructor(app: App, private readonly channels: readonly string[], private readonly onChoose: (channel: string) => void) {
    super(app);
    this.setPlaceholder("Which channel do your updates go to?");
  }

  getItems(): string[] {
    return [...this.channels];
  }

  getItemText(channel: string): string {
    return channel;
  }

  onChooseItem(channel: string): void {
    this.onChoose(channel);
  }
}
