// An exception anywhere in the editor extension is logged once and switches highlighting off
// for that editor; the editor keeps working. Real EditorView, real extractor, Chromium.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPage, launchBrowser } from "./browser";
import type { MountOptions } from "./pages/editor-page";
import { openEditor, type EditorSession } from "./pages/editor-session";

const NOTE = "---\nauthor: Maya Chen\ndate: 2026-11-23\n---\n## Next\n- Wei Ling will send the API spec by Thursday EOD.\n- Daniel will review the migration plan by Friday.\n";
const FAILURE = "Handoff: inline highlighting hit an error and is now off in this editor";

describe("editor extension crash isolation in Chromium", () => {
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    url = await buildPage("test/e2e/pages/editor-page.ts");
  });
  afterAll(async () => {
    await browser?.close();
  });

  const mounted = (options: MountOptions): Promise<EditorSession> => openEditor(browser, url, options);

  async function typeStillWorks(page: Page): Promise<void> {
    await page.evaluate(() => window.handoffEditorTest.setCursor(window.handoffEditorTest.text().length));
    await page.keyboard.type("- Liam will fix the export today.");
    await page.keyboard.press("Enter");
    await page.keyboard.type("done");
    await expect(page.evaluate(() => window.handoffEditorTest.text())).resolves.toContain("- Liam will fix the export today.\ndone");
  }

  it.each([
    ["the host's lookup throws", "lookup"],
    ["the host's context throws", "context"],
    ["the extractor throws on a broken context", "bad-context"],
  ] as const)("when %s: logs once, draws nothing, and typing keeps working", async (_name, fault) => {
    const { page, errors, logged } = await mounted({ doc: NOTE, fault });
    await typeStillWorks(page);
    await expect(page.evaluate(() => window.handoffEditorTest.spans())).resolves.toEqual([]);
    expect(await page.locator(".cm-content .handoff-hl").count()).toBe(0);
    await expect(page.evaluate(() => window.handoffEditorTest.stats()?.failed)).resolves.toBe(true);
    await expect(page.evaluate(() => window.handoffEditorTest.atCursor())).resolves.toBeNull();
    expect(logged.filter((m) => m.includes(FAILURE))).toHaveLength(1);
    expect(logged).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fails mid-session: highlights vanish once, no tooltip, the editor types on", async () => {
    const { page, errors, logged } = await mounted({ doc: NOTE, fault: "explode-word" });
    expect(await page.locator(".cm-content .handoff-hl").count()).toBe(2);
    await page.evaluate(() => window.handoffEditorTest.setCursor(window.handoffEditorTest.text().length));
    await page.keyboard.type("- Liam will ship the EXPLODE build by Friday.");
    await page.waitForFunction(() => document.querySelectorAll(".cm-content .handoff-hl").length === 0, null, { timeout: 5_000 });
    await typeStillWorks(page);
    await page.locator(".cm-content").getByText("Wei Ling will send").hover();
    await page.waitForTimeout(500);
    expect(await page.locator(".handoff-tooltip").count()).toBe(0);
    expect(logged.filter((m) => m.includes(FAILURE))).toHaveLength(1);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("host lookup exploded");
    expect(errors).toEqual([]);
    await page.close();
  });
});
