import { describe, expect, it } from "vitest";
import { parseTaskLine } from "../../src/extract/task-line";
import { extract } from "./helpers";

describe("parseTaskLine (Obsidian Tasks emoji format and Dataview fields)", () => {
  it("reads every Tasks field from the end of the line", () => {
    const t = parseTaskLine("#task Task with every field set 🆔 y3yryw ⛔ c5mw2c,2ypqea 🔺 🔁 every April and December on the 1st and 24th ➕ 2024-04-27 🛫 2024-04-28 ⏳ 2024-04-29 📅 2024-04-30");
    expect(t.description).toBe("#task Task with every field set");
    expect(t.due).toBe("2024-04-30");
    expect(t.format).toBe("tasks");
    expect(t.fields).toMatchObject({ id: "y3yryw", dependsOn: ["c5mw2c", "2ypqea"], priority: "highest", created: "2024-04-27", start: "2024-04-28", scheduled: "2024-04-29", recurrenceText: "every April and December on the 1st and 24th", tags: ["task"] });
  });

  it("leaves a date in the middle of the description as text, as Tasks does", () => {
    const t = parseTaskLine("Some task 📅2021-08-22 middle of line");
    expect(t.due).toBeNull();
    expect(t.description).toBe("Some task 📅2021-08-22 middle of line");
  });

  it("reads done and cancelled dates and trailing tags among the fields", () => {
    expect(parseTaskLine("Take out the trash 🔁 every week on Monday 📅 2024-02-19 ✅ 2024-02-19 #home").fields).toMatchObject({ done: "2024-02-19", recurrenceText: "every week on Monday", tags: ["home"] });
    expect(parseTaskLine("Cancelled one ❌ 2023-04-18").fields.cancelled).toBe("2023-04-18");
  });

  it("reads Dataview inline fields anywhere on the line", () => {
    const t = parseTaskLine("Has one of every field [priority:: high] [repeat:: every day] [start:: 2023-04-24] [scheduled:: 2023-04-26] [due:: 2023-04-27]");
    expect(t.format).toBe("dataview");
    expect(t.due).toBe("2023-04-27");
    expect(t.description).toBe("Has one of every field");
    expect(t.fields).toMatchObject({ priority: "high", recurrenceText: "every day", start: "2023-04-24", scheduled: "2023-04-26" });
    expect(parseTaskLine("Done (completion:: 2023-04-17) later").fields.done).toBe("2023-04-17");
  });

  it("keeps plain text plain", () => {
    const t = parseTaskLine("Buy milk");
    expect(t).toMatchObject({ description: "Buy milk", due: null, format: null });
  });
});

describe("task lines in notes", () => {
  it("an open task is the author's commitment due at the end of the 📅 day in the writer's zone", () => {
    const text = `---\nauthor: "[[Wei Ling Tan]]"\n---\n- [ ] #task Send the invoice ⏫ 📅 2026-11-27 ^inv1\n`;
    const [c] = extract(text, "Tasks.md");
    expect(c).toMatchObject({ kind: "commitment", line: 4, owner: "Wei Ling Tan", status: "open", due: "2026-11-27T18:00:00+08:00", dueText: "2026-11-27", blockId: "inv1", extractedBy: "tasks", title: "Send the invoice" });
    expect(c?.task?.priority).toBe("high");
    expect(c?.text).toBe("#task Send the invoice ⏫ 📅 2026-11-27".replace(/ ⏫ 📅 2026-11-27$/, ""));
  });

  it("checkbox states map to statuses; a ✅ date marks a task done even with an open box", () => {
    const text = "- [x] a ✅ 2024-02-19\n- [/] b\n- [-] c\n- [>] d\n- [ ] e ✅ 2024-02-19\n- [ ] f ❌ 2024-02-20\n";
    expect(extract(text, "Tasks.md").map((c) => [c.text, c.status])).toEqual([
      ["a", "done"],
      ["b", "in-progress"],
      ["c", "cancelled"],
      ["d", "open"],
      ["e", "done"],
      ["f", "cancelled"],
    ]);
  });

  it("a task naming someone is theirs; a recurring task carries its rule", () => {
    const text = `---\nauthor: Maya\ndate: 2026-11-23\n---\n- [ ] Sarah to review the copy 📅 2026-11-25\n- [ ] Water the plants 🔁 every week on Monday 📅 2026-11-30\n`;
    const [review, plants] = extract(text, "Tasks.md");
    expect(review?.owner).toBe("Sarah Jones");
    expect(plants?.recurrence).toBe("FREQ=WEEKLY;BYDAY=MO");
    expect(plants?.task?.recurrenceText).toBe("every week on Monday");
  });

  it("a Dataview due date is read like a Tasks one", () => {
    const [c] = extract(`---\nauthor: Maya\n---\n- [ ] Renew the domain [due:: 2026-12-01]\n`, "Tasks.md");
    expect(c).toMatchObject({ due: "2026-12-01T17:30:00+00:00", extractedBy: "dataview" });
  });
});
