/**
 * "New decision": title, options (the first is proceeded with), rationale, owner, decision type
 * and window, defaulting to the team's decision window (48 hours unless the team settings note
 * says otherwise) and to the type's owner from the team's decision owners. Hands a checked
 * {@link DecisionDraft} to the caller, who writes it through the store.
 */
import { App, Modal, Setting } from "obsidian";
import type { Person } from "../model/person";
import { draftProblem, type DecisionDraft } from "./manual-decision";
import { PeopleSuggest } from "./people-suggest";

/** What the modal starts from. */
export interface DecisionDefaults {
  /** The team's decision window in hours. */
  readonly windowHours: number;
  /** The person proposing (owner when no type routes it elsewhere), or "". */
  readonly me: string;
  /** Decision type → owner, from the team settings. */
  readonly owners: Readonly<Record<string, string>>;
  readonly people: () => readonly Person[];
}

/** The "new decision" modal. */
export class DecisionModal extends Modal {
  private draft: { -readonly [K in keyof DecisionDraft]: DecisionDraft[K] };
  private ownerTouched = false;
  private errorEl: HTMLElement | null = null;

  constructor(app: App, private readonly defaults: DecisionDefaults, private readonly onSubmit: (draft: DecisionDraft) => Promise<void>) {
    super(app);
    this.draft = { title: "", options: [], rationale: "", owner: defaults.me, windowHours: defaults.windowHours, decisionType: "" };
  }

  override onOpen(): void {
    const el = this.contentEl;
    this.setTitle("New decision");
    new Setting(el).setName("Decision").setDesc("What is being decided, in a few words.").addText((t) => t.setPlaceholder("Payments vendor for billing v2").onChange((v) => (this.draft.title = v)));
    new Setting(el)
      .setName("Options")
      .setDesc("One per line. The first is the one you proceed with when the window closes without a blocker.")
      .addTextArea((t) => t.setPlaceholder("One option per line").onChange((v) => (this.draft.options = v.split("\n"))));
    new Setting(el).setName("Rationale").setDesc("Why the first option.").addTextArea((t) => t.onChange((v) => (this.draft.rationale = v)));
    const types = Object.keys(this.defaults.owners);
    let ownerInput: HTMLInputElement | null = null;
    if (types.length > 0) {
      new Setting(el)
        .setName("Decision type")
        .setDesc("Routes the decision to the type's owner from the team settings.")
        .addDropdown((d) => {
          d.addOption("", "None");
          for (const type of types) d.addOption(type, type);
          d.onChange((type) => {
            this.draft.decisionType = type;
            const owner = this.defaults.owners[type];
            if (owner && !this.ownerTouched && ownerInput) {
              ownerInput.value = owner;
              this.draft.owner = owner;
            }
          });
        });
    }
    new Setting(el).setName("Owner").setDesc("Who decides: a teammate's name.").addText((t) => {
      ownerInput = t.inputEl;
      t.setValue(this.draft.owner).onChange((v) => {
        this.ownerTouched = true;
        this.draft.owner = v;
      });
      new PeopleSuggest(this.app, t.inputEl, this.defaults.people, (p) => {
        this.ownerTouched = true;
        this.draft.owner = p.name;
      });
    });
    new Setting(el)
      .setName("Window (hours)")
      .setDesc(`How long teammates have to raise a blocker. Team default: ${this.defaults.windowHours} hours.`)
      .addText((t) => t.setValue(String(this.defaults.windowHours)).onChange((v) => (this.draft.windowHours = Number(v.trim()))));
    this.errorEl = el.createDiv({ cls: "handoff-modal-error" });
    new Setting(el).addButton((b) => b.setButtonText("Propose decision").setCta().onClick(() => void this.submit()));
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private async submit(): Promise<void> {
    const problem = draftProblem(this.draft);
    if (problem) {
      this.errorEl?.setText(problem);
      return;
    }
    try {
      await this.onSubmit({ ...this.draft });
      this.close();
    } catch (error) {
      this.errorEl?.setText(error instanceof Error ? error.message : String(error));
    }
  }
}
