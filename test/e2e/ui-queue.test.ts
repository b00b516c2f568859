// "Waiting on me" in real Chromium: the right items for a viewer in the right sections, the
// Done button, the "who are you" and empty states, and screenshots under test/e2e/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot } from "./browser";
import { PageBuilder, hostCalls, remount, waitForCall } from "./pages/ui-driver";
import { QUEUE_EXPECTED } from "../ui/queue-scenario";

describe("waiting on me in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const queue = new PageBuilder("test/e2e/pages/ui-queue.ts");
  const sections = (): Promise<Record<string, string[]>> => page.locator(".handoff-queue-section").evaluateAll((all) => Object.fromEntries(all.map((s) => [
    (s as HTMLElement).dataset.section ?? "",
    Array.from(s.querySelectorAll<HTMLElement>(".handoff-queue-entry")).map((e) => e.dataset.id ?? ""),
  ])));

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, errors } = await queue.open(browser, "?set=scenario"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists what waits on Maya, overdue first, in the expected sections", async () => {
    await remount(page, "?set=scenario");
    expect(await sections()).toEqual(QUEUE_EXPECTED);
    await expect(page.locator(".handoff-queue-summary").textContent()).resolves.toBe("Maya Chen · 8 items, 3 overdue");
    await expect(page.locator('.handoff-queue-entry[data-id="r2"] .handoff-queue-reason').textContent()).resolves.toBe("Asked of Product (your team)");
    await expect(page.locator('.handoff-queue-entry[data-id="r1"] .handoff-queue-due').textContent()).resolves.toBe("Due Wed 17:00 SGT · 09:00 your time");
    await screenshot(page, "queue-light");
    expect(errors).toEqual([]);
  });

  it("shows another viewer their own queue", async () => {
    await remount(page, "?set=scenario&viewer=Wei%20Ling%20Tan");
    expect(await sections()).toEqual({ asked: ["r3"], closing: ["dec4"] });
  });

  it("marks a request done through the host, and the row leaves the queue", async () => {
    await remount(page, "?set=scenario");
    await page.click('.handoff-queue-entry[data-id="r1"] .handoff-queue-done');
    expect(await waitForCall(page, (c) => c.name === "setStatus")).toEqual({ name: "setStatus", id: "r1", status: "done" });
    await page.waitForSelector('.handoff-queue-entry[data-id="r1"]', { state: "detached" });
    expect((await sections()).asked).toEqual(["d1", "r6"]);
  });

  it("opens an item and its source", async () => {
    await remount(page, "?set=scenario");
    await page.click('.handoff-queue-entry[data-id="r1"] .handoff-queue-title');
    await page.click('.handoff-queue-entry[data-id="r1"] .handoff-card-source');
    expect(await hostCalls(page)).toEqual([{ name: "openItem", id: "r1" }, { name: "openSource", id: "r1" }]);
  });

  it("says when nothing is waiting", async () => {
    await remount(page, "?set=scenario&viewer=Amara%20Okafor");
    await expect(page.locator(".handoff-state-title").textContent()).resolves.toBe("Nothing is waiting on you");
    expect(await page.locator(".handoff-queue-entry").count()).toBe(0);
  });

  it("asks who the viewer is when no People note is chosen", async () => {
    await remount(page, "?set=scenario&viewer=Nobody");
    await expect(page.locator(".handoff-state-title").textContent()).resolves.toBe("Who are you?");
    await page.click('button:text("Open settings")');
    expect(await hostCalls(page)).toEqual([{ name: "openSettings", id: "" }]);
  });

  it("renders dark and at phone width", async () => {
    const dark = await queue.open(browser, "?set=scenario", { theme: "dark" });
    await screenshot(dark.page, "queue-dark");
    await dark.page.close();
    await page.setViewportSize({ width: 390, height: 780 });
    await remount(page, "?set=scenario");
    const entry = await page.locator(".handoff-queue-entry").first().boundingBox();
    expect(entry!.width).toBeLessThanOrEqual(390);
    await screenshot(page, "queue-mobile");
    await page.setViewportSize({ width: 1200, height: 800 });
  });
});
