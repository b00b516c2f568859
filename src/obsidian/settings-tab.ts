/**
 * Handoff's settings tab, in two clearly separated parts:
 * - **Shared with the team**: the team settings note (`Handoff/Team settings.md`), written with
 *   `processFrontMatter`, so every device extracts alike; a notice says teammates get it by sync.
 * - **This device only**: `data.json` (never synced): who am I, my channel, the LLM endpoint,
 *   model and the *name* of the secret holding its key, inline highlighting; then each feature's
 *   rows (sync interval …) and the `.gitignore` lines that keep per-device files out of git.
 *
 * Rows are plain data ({@link SettingRow}) rendered by `display()` on Obsidian before 1.13 and
 * by `getSettingDefinitions()` (searchable settings) from 1.13 on; both draw the same rows.
 */
import { App, PluginSettingTab, SecretComponent, Setting, type Plugin, type SettingDefinitionItem } from "obsidian";
import { ITEM_KINDS } from "../model/kind";
import { DEFAULT_TEAM_SETTINGS, TEAM_SETTINGS_PATH, type TeamSettings } from "../model/team-settings";
import { SECRET_NAME } from "./device-settings";
import type { HandoffFeature, PluginContext, SettingRow } from "./feature";
import { PeopleSuggest } from "./people-suggest";
import { addIgnoreLines, shownIgnoreLines } from "./sync-feature";
import { kindsValue, TEAM_FIELDS } from "./team-settings-form";
import { writeTeamSetting } from "./team-settings-writer";

/** A heading and its rows. */
interface RowGroup {
  readonly heading: string;
  readonly desc?: string;
  readonly rows: readonly SettingRow[];
}

/** The settings tab. */
export class HandoffSettingTab extends PluginSettingTab {
  constructor(app: App, plugin: Plugin, private readonly ctx: PluginContext, private readonly features: readonly HandoffFeature[]) {
    super(app, plugin);
  }

  override display(): void {
    const el = this.containerEl;
    el.empty();
    for (const group of this.groups()) {
      const heading = new Setting(el).setName(group.heading).setHeading();
      if (group.desc) heading.setDesc(group.desc);
      for (const row of group.rows) row.render(new Setting(el).setName(row.name).setDesc(row.desc));
    }
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return this.groups().map((group) => ({
      type: "group" as const,
      heading: group.heading,
      items: [
        // A group has no description of its own: where its settings live goes in a plain row.
        ...(group.desc ? [{ name: "Where these are kept", desc: group.desc, searchable: false }] : []),
        ...group.rows.map((row) => ({ name: row.name, desc: row.desc, render: (setting: Setting) => row.render(setting) })),
      ],
    }));
  }

  private groups(): RowGroup[] {
    const groups: RowGroup[] = [
      {
        heading: "Shared with the team",
        desc: `Stored in ${TEAM_SETTINGS_PATH} in the vault, so every teammate's device finds the same items. Changes reach teammates with the next sync.`,
        rows: this.teamRows(),
      },
      { heading: "This device only", desc: "Stored in this device's plugin data, never synced.", rows: this.deviceRows() },
    ];
    for (const feature of this.features) {
      const rows = feature.settingRows?.(this.ctx) ?? [];
      if (rows.length > 0) groups.push({ heading: feature.settingsHeading ?? feature.id, rows });
    }
    groups.push({ heading: "Keep device files out of git", rows: [this.gitignoreRow()] });
    return groups;
  }

  private team(): TeamSettings {
    return this.ctx.index.settings ?? DEFAULT_TEAM_SETTINGS;
  }

  private async saveTeam(key: string, value: unknown): Promise<void> {
    const result = await writeTeamSetting(this.app, this.ctx.vault, key, value);
    this.ctx.notice(result.message, result.ok ? 5000 : 8000);
  }

  private teamRows(): SettingRow[] {
    const isPerson = (name: string): boolean => this.ctx.index.directory?.resolve(name) != null;
    const rows: SettingRow[] = TEAM_FIELDS.map((field) => ({
      name: field.name,
      desc: field.desc,
      render: (setting: Setting) => {
        const add = (component: { inputEl: HTMLInputElement | HTMLTextAreaElement; setValue(v: string): unknown; setPlaceholder(v: string): unknown }) => {
          component.setPlaceholder(field.placeholder);
          component.setValue(field.show(this.team()));
          // Saved when the field loses focus, not per keystroke: each save is a write to a synced note.
          component.inputEl.addEventListener("change", () => void this.saveTeam(field.key, field.toValue(component.inputEl.value, isPerson)));
        };
        if (field.multiline) setting.addTextArea(add);
        else setting.addText(add);
      },
    }));
    rows.push({
      name: "Kinds to extract",
      desc: "Which kinds Handoff finds in notes. Default: all.",
      render: (setting) => {
        for (const kind of ITEM_KINDS) {
          setting.addToggle((toggle) => {
            toggle.setTooltip(kind).setValue(this.team().kinds.includes(kind));
            toggle.onChange((on) => {
              const current = new Set(this.team().kinds);
              if (on) current.add(kind);
              else current.delete(kind);
              void this.saveTeam("kinds", kindsValue([...current]) ?? null);
            });
          });
        }
        setting.descEl.createDiv({ text: ITEM_KINDS.join(" · "), cls: "handoff-settings-kinds" });
      },
    });
    return rows;
  }

  private deviceRows(): SettingRow[] {
    const ctx = this.ctx;
    const people = () => ctx.index.directory?.people ?? [];
    return [
      {
        name: "Who am I",
        desc: "Your People note: your queue, your time zone and the author of your updates. Default: not set.",
        render: (setting) => {
setting.addText((text) => {
            const me = people().find((p) => p.path === ctx.device().me);
            text.setPlaceholder("Start typing your name").setValue(me?.name ?? ctx.device().me);
            new PeopleSuggest(this.app, text.inputEl, people, (person) => void ctx.updateDevice({ me: person.path }));
            text.inputEl.addEventListener("change", () => {
              const typed = text.inputEl.value.trim();
              if (typed === "") return void ctx.updateDevice({ me: "" });
              const found = ctx.index.directory?.resolve(typed);
              if (found && "timezone" in found) void ctx.updateDevice({ me: found.path });
              else ctx.notice(`No People note is called "${typed}". Pick one from the list, or add ${this.team().peopleFolder}/${typed}.md.`);
            });
          });
},
      },
      {
        name: "My channel",
        desc: `The channel (a folder under ${this.team().channelsFolder}) your async updates go to. Default: asked the first time.`,
        render: (setting) => {
setting.addText((t) => t.setValue(ctx.device().channel).onChange((v) => void ctx.updateDevice({ channel: v.trim() })));
},
      },
      {
        name: "Inline highlighting",
        desc: "Highlight commitments, decisions and requests as you type. Default: on.",
        render: (setting) => {
setting.addToggle((t) => t.setValue(ctx.device().highlighting).onChange((on) => void ctx.updateDevice({ highlighting: on })));
},
      },
      {
        name: "LLM endpoint",
        desc: "An OpenAI-compatible endpoint for the optional LLM extraction; only notes in the team's LLM folders are sent. Default: none (off).",
        render: (setting) => {
setting.addText((t) => t.setPlaceholder("Endpoint URL").setValue(ctx.device().llmEndpoint).onChange((v) => void ctx.updateDevice({ llmEndpoint: v.trim() })));
},
      },
      {
        name: "LLM model",
        desc: "Model name sent to that endpoint. Default: none.",
        render: (setting) => {
setting.addText((t) => t.setValue(ctx.device().llmModel).onChange((v) => void ctx.updateDevice({ llmModel: v.trim() })));
},
      },
      this.secretRow(),
    ];
  }

  /** The API key row: Obsidian's secret storage holds the key; Handoff keeps only the secret's name. */
  private secretRow(): SettingRow {
    const ctx = this.ctx;
    const storage = (this.app as { secretStorage?: unknown }).secretStorage;
    if (typeof SecretComponent === "function" && storage) {
      return {
        name: "LLM API key",
        desc: "Kept in Obsidian's secret storage on this device; Handoff stores only the secret's name, never the key. Default: none.",
        render: (setting) => {
setting.addComponent((el) => new SecretComponent(this.app, el).setValue(ctx.device().llmKeySecret).onChange((name) => void this.saveSecretName(name)));
},
      };
    }
    return {
      name: "LLM API key",
      desc: "This version of Obsidian has no secret storage (1.11.4 or later has it), so Handoff cannot hold a key: update Obsidian to use the LLM. Handoff never stores a key in its settings.",
      render: (setting) => {
setting.setDisabled(true);
},
    };
  }

  private async saveSecretName(name: string): Promise<void> {
    const trimmed = name.trim();
    if (trimmed !== "" && !SECRET_NAME.test(trimmed)) {
      this.ctx.notice("Pick a secret by its name (lowercase letters, digits and dashes); the key itself stays in secret storage.");
      return;
    }
    await this.ctx.updateDevice({ llmKeySecret: trimmed });
  }

  private gitignoreRow(): SettingRow {
    const lines = shownIgnoreLines(this.app);
    return {
      name: "Per-device files",
      desc: "Workspace layouts and Handoff's own data differ per device and would conflict on every sync. These lines in the vault's .gitignore keep them out (sync adds them too):",
      render: (setting) => {
        setting.descEl.createEl("pre", { text: lines.join("\n"), cls: "handoff-settings-gitignore" });
        setting.addButton((b) =>
          b.setButtonText("Add to .gitignore").onClick(async () => {
            const added = await addIgnoreLines(this.app);
            this.ctx.notice(added.length === 0 ? ".gitignore already has these lines." : `Added to .gitignore: ${added.join(", ")}`);
          }),
        );
      },
    };
  }
}
