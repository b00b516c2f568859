// The decision log in real Chromium: sections, the live countdown, filters, links, empty
// state, and screenshots (light, dark) under test/e2e/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot } from "./browser";
import { PAGE_NOW } from "./pages/ui-setup";
import { PageBuilder, hostCalls, remount } from "./pages/ui-driver";
import { generateItems } from "../ui/item-set";

describe("decision log in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const log = new PageBuilder("test/e2e/pages/ui-decision-log.ts");
  const decisions = generateItems(300, PAGE_NOW).filter((i) => i.kind === "decision");

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, errors } = await log.open(browser, "?n=300&clock=live"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the sections in order with the right counts", async () => {
    await remount(page, "?n=300&clock=live");
    const sections = await page.locator(".handoff-log-section").evaluateAll((s) => s.map((e) => [(e as HTMLElement).dataset.section, e.querySelectorAll(".handoff-decision").length]));
    const expected = ["open", "contested", "adopted", "withdrawn", "superseded"]
      .map((status) => [status, decisions.filter((d) => d.status === status).length])
      .filter(([, n]) => n !== 0);
    expect(sections).toEqual(expected);
    await expect(page.locator(".handoff-toolbar-count").textContent()).resolves.toBe(`${decisions.length} decisions`);
    await screenshot(page, "decision-log-light");
    expect(errors).toEqual([]);
  });

  it("ticks the countdown of an open window every second", async () => {
    await remount(page, "?n=300&clock=live");
    const target = decisions.find((d) => d.status === "open")!.id;
    const closes = new Date(Date.parse(PAGE_NOW) + 30 * 60_000).toISOString(); // the page's clock starts at PAGE_NOW
    await page.evaluate(([id, at]) => {
      const t = window.handoffTest;
      t.setItems(t.state.items.map((i) => (i.id === id ? { ...i, windowCloses: at } : i)));
    }, [target, closes] as const);
    const countdown = page.locator(`.handoff-decision[data-id="${target}"] .handoff-countdown`);
    const first = await countdown.textContent();
    expect(first).toMatch(/^closes in (29m|30m) \d\ds$/);
    await expect(countdown.getAttribute("class")).resolves.toContain("is-soon");
    await page.waitForFunction(([id, before]) => document.querySelector(`.handoff-decision[data-id="${id}"] .handoff-countdown`)?.textContent !== before, [target, first] as const, { timeout: 3000 });
    const second = await countdown.textContent();
    expect(second).toMatch(/^closes in 29m \d\ds$/);
    expect(second).not.toBe(first);
  });

  it("says what happens when a window has passed before the tick", async () => {
    await remount(page, "?n=300&clock=live");
    const target = decisions.find((d) => d.status === "open")!.id;
    await page.evaluate((id) => {
      const t = window.handoffTest;
      const blocker = { path: "Notes/a.md", line: 2, text: "Blocker: legal has not replied", author: "Oliver Hughes", raisedAt: "2026-11-23T09:00:00Z", open: true };
      t.setItems(t.state.items.map((i) => (i.id === id ? { ...i, windowCloses: "2026-11-23T11:00:00Z", blockers: [blocker] } : i)));
    }, target);
    const entry = page.locator(`.handoff-decision[data-id="${target}"]`);
    await expect(entry.locator(".handoff-countdown").textContent()).resolves.toMatch(/^closed 1h 00m ago · contested: 1 open blocker$/);
    await expect(entry.locator(".handoff-blocker.is-open").textContent()).resolves.toContain("Oliver Hughes");
  });

  it("filters by owner and by decision type", async () => {
    await remount(page, "?n=300&clock=live");
    const owner = decisions[0].owner!;
    await page.selectOption('select[aria-label="Filter decisions by owner"]', owner);
    const owners = await page.locator(".handoff-decision-field:has(dt:text-is('Owner')) dd").allTextContents();
    expect(owners.length).toBe(decisions.filter((d) => d.owner === owner).length);
    expect(new Set(owners)).toEqual(new Set([owner]));
    await page.selectOption('select[aria-label="Filter decisions by type"]', "design");
    const both = decisions.filter((d) => d.owner === owner && d.decisionType === "design").length;
    await expect(page.locator(".handoff-toolbar-count").textContent()).resolves.toBe(`${both} of ${decisions.length} decisions`);
    expect(await page.locator(".handoff-decision").count()).toBe(both);
  });

  it("opens the decision and its source through the host", async () => {
    await remount(page, "?n=300&clock=live");
    const first = page.locator(".handoff-decision").first();
    const id = await first.getAttribute("data-id");
    await first.locator(".handoff-decision-title").click();
    await first.locator(".handoff-card-source").click();
    expect(await hostCalls(page)).toEqual([{ name: "openItem", id }, { name: "openSource", id }]);
  });

  it("shows the first 50 of a long section, and the rest on request", async () => {
    await remount(page, "?n=2000");
    const adopted = generateItems(2000, PAGE_NOW).filter((i) => i.kind === "decision" && i.status === "adopted").length;
    expect(adopted).toBeGreaterThan(50);
    const section = page.locator('.handoff-log-section[data-section="adopted"]');
    expect(await section.locator(".handoff-decision").count()).toBe(50);
    await section.locator(`button:text("Show ${adopted - 50} more")`).click();
    expect(await page.locator('.handoff-log-section[data-section="adopted"] .handoff-decision').count()).toBe(adopted);
  });

  it("shows an empty state that says how decisions get here", async () => {
    await remount(page, "?state=empty");
    await expect(page.locator(".handoff-state-title").textContent()).resolves.toBe("No decisions yet");
    await expect(page.locator(".handoff-toolbar").isHidden()).resolves.toBe(true);
    await page.click('button:text("Scan vault")');
    expect(await hostCalls(page)).toEqual([{ name: "scanVault", id: "" }]);
  });

  it("reads the clock every second while mounted, and never after destroy", async () => {
    await remount(page, "?n=300&clock=live");
    const reads = await page.evaluate(async () => {
      const t = window.handoffTest;
      const pause = () => new Promise((r) => setTimeout(r, 1300));
      const start = t.nowReads;
      await pause();
      const mounted = t.nowReads - start;
      t.view.destroy();
      const destroyed = t.nowReads;
      await pause();
      return { mounted, afterDestroy: t.nowReads - destroyed, children: document.getElementById("root")!.childElementCount };
    });
    expect(reads.mounted).toBeGreaterThanOrEqual(1);
    expect({ afterDestroy: reads.afterDestroy, children: reads.children }).toEqual({ afterDestroy: 0, children: 0 });
  });

  it("renders the dark theme", async () => {
    const dark = await log.open(browser, "?n=300", { theme: "dark" });
    const background = await dark.page.locator(".handoff-decision").first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background).toBe("rgb(30, 30, 30)");
    await screenshot(dark.page, "decision-log-dark");
    await dark.page.close();
  });
});
