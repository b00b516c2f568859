// Inline highlighting in a real CodeMirror EditorView in Chromium, with the real extractor.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage, launchBrowser, screenshot } from "./browser";
import type { MountOptions } from "./pages/editor-page";
import { longNote } from "./pages/editor-note";
import { hoverTooltipText, openEditor, type EditorSession } from "./pages/editor-session";

const NOTE = [
  "---",
  "author: Maya Chen",
  "date: 2026-11-23",
  "---",
  "# Update",
  "",
  "## Next",
  "- Wei Ling will send the API spec by Thursday EOD.",
  "- Daniel will review the migration plan by Friday.",
  "",
  "I'm proceeding with Option A at 3pm Friday unless someone raises a blocker.",
  "",
  "Input needed by Wednesday on the pricing page.",
  "",
  "FYI, no action required.",
  "",
  "Blocked until the API is merged.",
].join("\n");

describe("editor highlighting in Chromium", () => {
  let browser: Browser;
  let url: string;
  let darkUrl: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    url = await buildPage("test/e2e/pages/editor-page.ts", { theme: "light" });
    darkUrl = await buildPage("test/e2e/pages/editor-page.ts", { theme: "dark" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const mounted = (options: MountOptions, pageUrl = url): Promise<EditorSession> => openEditor(browser, pageUrl, options);

  it("highlights a commitment as it is typed, with the commitment class", async () => {
    const { page, errors } = await mounted({ doc: "---\nauthor: Maya Chen\ndate: 2026-11-23\n---\n## Next\n" });
    await page.evaluate(() => window.handoffEditorTest.setCursor(window.handoffEditorTest.text().length));
    await page.keyboard.type("- Liam will send the release notes by Friday.");
    const span = page.locator(".cm-content .handoff-hl-commitment", { hasText: "Liam will send the release notes by Friday." });
    await span.waitFor();
    await expect(span.textContent()).resolves.toBe("Liam will send the release notes by Friday.");
    await expect(span.getAttribute("data-handoff-state")).resolves.toBe("new");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gives every kind its class and colours tracked and new items differently", async () => {
    const { page, errors } = await mounted({ doc: NOTE, tracked: ["Wei Ling will send"] });
    const kinds = await page.evaluate(() => window.handoffEditorTest.spans().map((s) => `${s.kind}/${s.state}`));
    expect(kinds).toEqual(["commitment/tracked", "commitment/new", "window/new", "request/new", "fyi/fyi", "dependency/new"]);
    const style = (selector: string) =>
      page.locator(selector).first().evaluate((el) => {
        const s = getComputedStyle(el);
        return { line: s.textDecorationStyle, bg: s.backgroundColor };
      });
    const tracked = await style(".handoff-hl-tracked");
    const fresh = await style(".handoff-hl-commitment.handoff-hl-new");
    expect(tracked.line).toBe("solid");
    expect(fresh.line).toBe("dashed");
    expect(await page.locator(".handoff-hl-marker-tracked").count()).toBe(1);
    expect(await page.locator(".handoff-hl-marker-new").count()).toBe(4);
    const request = await style(".handoff-hl-request");
    expect(request.bg).not.toBe(tracked.bg);
    await screenshot(page, "editor-highlights-light");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads right in the dark theme too", async () => {
    const { page, errors } = await mounted({ doc: NOTE, tracked: ["Wei Ling will send"] }, darkUrl);
    const bg = await page.locator(".handoff-hl-commitment").first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe("rgba(8, 109, 221, 0.16)");
    await screenshot(page, "editor-highlights-dark");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows owner, status and the deadline in the writer's and the viewer's zone on hover, and opens the item", async () => {
    const { page, errors } = await mounted({ doc: NOTE, tracked: ["Wei Ling will send"], viewerZone: "America/Toronto" });
    const text = await hoverTooltipText(page, ".handoff-hl-tracked");
    // Thursday EOD for a writer in London (Maya's note) is 17:00 GMT; the viewer is in Toronto.
    const shown = ["Commitment", "Tracked", "in-progress", "Wei Ling Tan", "Thu 26 Nov 2026, 17:00 GMT (writer's time)", "Thu 26 Nov 2026, 12:00 EST (your time)", "in 2 days", "“by Thursday EOD”"];
    expect(shown.filter((s) => !text.includes(s))).toEqual([]);
    await screenshot(page, "editor-tooltip");
    await page.locator(".handoff-tooltip-open").click();
    await expect(page.evaluate(() => window.handoffEditorTest.opened)).resolves.toEqual(["ho-test0"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("turns a new item into a tracked one when the host says the index changed", async () => {
    const { page, errors } = await mounted({ doc: NOTE });
    const state = () => page.evaluate(() => window.handoffEditorTest.spans().map((s) => s.state));
    await expect(state()).resolves.toEqual(["new", "new", "new", "new", "fyi", "new"]);
    await page.evaluate(() => window.handoffEditorTest.track("Daniel will review"));
    await expect(state()).resolves.toEqual(["new", "tracked", "new", "new", "fyi", "new"]);
    expect(await page.locator(".handoff-hl-marker-tracked").count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says a new item is not tracked yet, and shows a decision window's close", async () => {
    const { page } = await mounted({ doc: NOTE, viewerZone: "Asia/Singapore" });
    const text = await hoverTooltipText(page, ".handoff-hl-window");
    const shown = ["Decision window", "New, not tracked yet", "Window closes", "Fri 27 Nov 2026, 15:00 GMT (writer's time)", "Fri 27 Nov 2026, 23:00 SGT (your time)"];
    expect(shown.filter((s) => !text.includes(s))).toEqual([]);
    expect(await page.locator(".handoff-tooltip-open").count()).toBe(0);
    await page.close();
  });

  it("finds the item under the cursor from the keyboard, with highlighting on or off", async () => {
    const { page } = await mounted({ doc: NOTE, tracked: ["Daniel will review"] });
    const line = NOTE.split("\n").indexOf("- Daniel will review the migration plan by Friday.") + 1;
    await page.evaluate((l) => window.handoffEditorTest.setCursor(window.handoffEditorTest.lineFrom(l) + 10), line);
    const on = await page.evaluate(() => window.handoffEditorTest.atCursor());
    expect(on).toEqual({ kind: "commitment", text: "Daniel will review the migration plan by Friday.", owner: "Daniel Lim", itemId: "ho-test0" });
    await page.evaluate(() => window.handoffEditorTest.toggle());
    await expect(page.evaluate(() => window.handoffEditorTest.atCursor())).resolves.toEqual(on);
    await page.evaluate((l) => window.handoffEditorTest.setCursor(window.handoffEditorTest.lineFrom(l)), line + 1);
    await expect(page.evaluate(() => window.handoffEditorTest.atCursor())).resolves.toBeNull();
    await page.close();
  });

  it("toggles highlighting off and on without reloading", async () => {
    const { page } = await mounted({ doc: NOTE });
    expect(await page.locator(".cm-content .handoff-hl").count()).toBe(6);
    await expect(page.evaluate(() => window.handoffEditorTest.toggle())).resolves.toBe(false);
    expect(await page.locator(".cm-content .handoff-hl").count()).toBe(0);
    await page.locator(".cm-content").getByText("Blocked until").hover();
    await page.waitForTimeout(500);
    expect(await page.locator(".handoff-tooltip").count()).toBe(0);
    await expect(page.evaluate(() => window.handoffEditorTest.toggle())).resolves.toBe(true);
    expect(await page.locator(".cm-content .handoff-hl").count()).toBe(6);
    await page.close();
  });

  it("decorates only around the viewport of a 2,000-line note, and what a scroll reveals", async () => {
    const doc = longNote(2000);
    const { page, errors } = await mounted({ doc });
    const at = async () => page.evaluate(() => ({ view: window.handoffEditorTest.viewport(), spans: window.handoffEditorTest.spans().map((s) => window.handoffEditorTest.lineOf(s.from)), stats: window.handoffEditorTest.stats() }));
    const top = await at();
    expect(top.spans.length).toBeGreaterThan(10);
    expect(Math.max(...top.spans)).toBeLessThanOrEqual(top.view.last + 1);
    expect(top.stats?.extractedChars).toBeLessThan(doc.length / 5);
    await page.evaluate(() => window.handoffEditorTest.scrollToLine(1900));
    await page.waitForFunction(() => window.handoffEditorTest.viewport().first > 1500);
    const bottom = await at();
    expect(Math.min(...bottom.spans)).toBeGreaterThanOrEqual(bottom.view.first - 1);
    expect(bottom.spans.some((l) => l >= 1890 && l <= 1920)).toBe(true);
    expect(bottom.spans.every((l) => l > top.view.last)).toBe(true);
    expect(bottom.stats?.extractedChars).toBeLessThan(doc.length / 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("never extracts on a keystroke, then extracts only the unit being typed in", async () => {
    const { page } = await mounted({ doc: longNote(2000) });
    await page.evaluate(() => window.handoffEditorTest.setCursor(window.handoffEditorTest.lineEnd(1003)));
    await page.waitForFunction(() => window.handoffEditorTest.viewport().first > 900);
    const before = await page.evaluate(() => window.handoffEditorTest.stats());
    await page.keyboard.type(" Liam will");
    const typed = await page.evaluate(() => window.handoffEditorTest.stats());
    await page.keyboard.type(" send it by Friday");
    await page.waitForTimeout(400);
    const after = await page.evaluate(() => window.handoffEditorTest.stats());
    if (!before || !typed || !after) throw new Error("no highlighter stats");
    expect(typed.timings.length).toBe(before.timings.length + 10);
    const passes = after.deferredTimings.length - before.deferredTimings.length;
    expect(passes).toBeGreaterThanOrEqual(1);
    expect(after.extractedUnits - before.extractedUnits).toBe(passes);
    await expect(page.evaluate(() => window.handoffEditorTest.spans().some((s) => s.kind === "commitment" && window.handoffEditorTest.lineOf(s.from) === 1003))).resolves.toBe(true);
    await page.close();
  });
});
