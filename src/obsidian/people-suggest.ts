/**
 * Suggests People notes while someone types a name: "who am I" in the settings tab and the
 * owner in "new decision". Matches the note's name and its aliases, case-insensitively.
 */
import { AbstractInputSuggest, type App } from "obsidian";
import type { Person } from "../model/person";

/** Most suggestions shown at once. */
const LIMIT = 20;

/** A suggester attached to a text input; `people()` is read on every keystroke (the directory may change). */
export class PeopleSuggest extends AbstractInputSuggest<Person> {
  constructor(app: App, private readonly input: HTMLInputElement, private readonly people: () => readonly Person[], private readonly onPick: (person: Person) => void) {
    super(app, input);
  }

  protected getSuggestions(query: string): Person[] {
    const q = query.trim().toLowerCase();
    return this.people()
      .filter((p) => q === "" || p.name.toLowerCase().includes(q) || p.aliases.some((a) => a.toLowerCase().includes(q)))
      .slice(0, LIMIT);
  }

  renderSuggestion(person: Person, el: HTMLElement): void {
    el.createDiv({ text: person.name });
    el.createEl("small", { text: [person.path, person.timezone].filter(Boolean).join(" · ") });
  }

  override selectSuggestion(person: Person): void {
    this.input.value = person.name;
    this.onPick(person);
    this.close();
  }
}
