import { afterAll, describe, expect, it } from "vitest";
import { makeCandidate, type Candidate } from "../../src/model/candidate";
import type { SourceExtraction } from "../../src/store/reconcile";
import { scanVault } from "../../src/store/scan";
import type { Extractor, ExtractorContext } from "../../src/store/source-note";
import { stubExtract } from "./stub-extractor";
import { removeTempVaults, tempVault, type TempVault } from "./temp-vault";

// Items the optional LLM extracted (`extracted_by: llm`) are found only by a scan that runs the
// LLM. A scan without it (a device with no endpoint, a CLI scan without --llm) must leave them
// alone while their quote is still in the source note: otherwise one device marks them
// `source_missing` and the next clears it, and writes differ per device (DESIGN principle 2).

const NOW = "2026-11-25T12:00:00+00:00";
const SOURCE = "Channels/design/2026-11-23 Maya.md";

const NOTE = `---
author: "[[Maya Chen]]"
date: 2026-11-23
---
- I'll have the mockups ready by Thursday.

The launch review is crowded. Let's move the launch review to the
big room so design can join.

Some prose that tracks nothing at all.
`;

/** What the LLM proposes in the stand-in: every "Let's …." sentence, as a commitment quoting it (line breaks read as spaces, as llm-candidate.ts makes them). */
const LETS = /Let's [^.]*\./g;

/** The stub's rule-based candidates plus the LLM's: a device with an LLM endpoint. */
const withLlm: Extractor = (text: string, ctx: ExtractorContext): SourceExtraction => {
  const rules = stubExtract(text, ctx);
  const llm: Candidate[] = [...text.matchAll(LETS)].map((m) =>
    makeCandidate({
      kind: "commitment",
      line: text.slice(0, m.index).split("\n").length,
      from: m.index,
      to: m.index + m[0].length,
      text: m[0].replace(/\s*\n\s*/g, " "),
      title: "Move the launch review to the big room",
      owner: "Maya Chen",
      extractedBy: "llm",
    }),
  );
  return { ...rules, candidates: [...rules.candidates, ...llm].sort((a, b) => a.from - b.from) };
};

function teamVault(): TempVault {
  return tempVault({
    "Handoff/Team settings.md": "---\ntimezone: Europe/London\n---\n",
    "People/Maya Chen.md": "---\ntimezone: Europe/London\naliases: [Maya]\n---\n",
    [SOURCE]: NOTE,
  });
}

const scan = (vault: TempVault, extract: Extractor) => scanVault(vault.port, { extract, now: NOW });

function llmItemPath(vault: TempVault): string {
  const path = vault.list("Handoff/Commitments").find((p) => vault.read(p).includes("\nextracted_by: llm\n"));
  if (!path) throw new Error("no LLM item note");
  return path;
}

afterAll(removeTempVaults);

describe("LLM items on a device without the LLM", () => {
  it("are present while their quote is in the note: a scan without the LLM writes nothing, and the next with it neither", async () => {
    const vault = teamVault();
    const first = await scan(vault, withLlm);
    expect(first.created).toBe(2);
    const path = llmItemPath(vault);
    const line = first.items.find((i) => i.extractedBy === "llm")?.sourceLine;
    expect(line).toBe(8);
    const bytes = vault.tree();

    const without = await scan(vault, stubExtract);
    expect([without.created, without.updated]).toEqual([0, 0]);
    expect(vault.tree()).toEqual(bytes);
    const kept = without.items.find((i) => i.extractedBy === "llm");
    expect(kept).toMatchObject({ path, sourceMissing: false, sourceLine: line });

    const withAgain = await scan(vault, withLlm);
    expect([withAgain.created, withAgain.updated]).toEqual([0, 0]);
    expect(vault.tree()).toEqual(bytes);
  });

  it("two devices, one with the LLM and one without, end with the same files", async () => {
    const laptop = teamVault();
    await scan(laptop, withLlm);
    const phone = laptop.copyTo();
    await scan(laptop, withLlm);
    await scan(phone, stubExtract);
    expect(phone.tree()).toEqual(laptop.tree());
  });

  it("are present when the note was re-wrapped or re-spaced around the quote", async () => {
    const vault = teamVault();
    await scan(vault, withLlm);
    const path = llmItemPath(vault);
    const item = vault.read(path);
    const source = vault.read(SOURCE);
    vault.write(SOURCE, source.replace("Let's move the launch review to the\nbig room", "Let's move the launch\n  review  to the big room"));
    const result = await scan(vault, stubExtract);
    expect(result.updated).toBe(0);
    expect(vault.read(path)).toBe(item);
  });

  it("are missing once their quote is gone, with the LLM or without it", async () => {
    for (const extract of [stubExtract, withLlm]) {
      const vault = teamVault();
      await scan(vault, withLlm);
      const path = llmItemPath(vault);
      vault.write(SOURCE, vault.read(SOURCE).replace(/Let's move the launch review to the\nbig room so design can join\./, "We kept the old room."));
      const result = await scan(vault, extract);
      expect(result.updated).toBe(1);
      expect(vault.read(path)).toContain("\nsource_missing: true\n");
      expect(result.items.find((i) => i.path === path)?.sourceMissing).toBe(true);
    }
  });

  it("only LLM items: a rules item no candidate matches is missing even though its sentence is still there", async () => {
    const vault = teamVault();
    await scan(vault, withLlm);
    const rules = vault.list("Handoff/Commitments").find((p) => vault.read(p).includes("\nextracted_by: rules\n")) ?? "";
    const noCommitments: Extractor = (text, ctx) => {
      const all = withLlm(text, ctx);
      return { ...all, candidates: all.candidates.filter((c) => c.extractedBy === "llm") };
    };
    const result = await scan(vault, noCommitments);
    expect(result.updated).toBe(1);
    expect(vault.read(rules)).toContain("\nsource_missing: true\n");
    expect(vault.read(llmItemPath(vault))).not.toContain("source_missing");
  });
});
