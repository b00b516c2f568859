// The board in real Chromium: rendering, drag and drop with real mouse events, the keyboard,
// filters, grouping, conflict details, empty/loading/error states, virtualisation of 2,000
// cards, and screenshots (light, dark, mobile width) under test/e2e/artifacts/.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Item } from "../../src/model/item";
import { launchBrowser, screenshot } from "./browser";
import { PAGE_NOW } from "./pages/ui-setup";
import { PageBuilder, columnCounts, dragCard, hostCalls, remount, renderedCardIds, waitForCall } from "./pages/ui-driver";
import { generateItems } from "../ui/item-set";

const CLOSED = new Set(["done", "cancelled", "adopted", "withdrawn", "superseded"]);

/** The board's columns worked out the slow, obvious way: the oracle for the view. */
function naiveColumn(item: Item, items: readonly Item[]): string {
  if (CLOSED.has(item.status)) return "done";
  if (item.blockedBy.some((id) => items.some((other) => other.id === id && !CLOSED.has(other.status)))) return "blocked";
  return item.status === "in-progress" ? "in-progress" : "open";
}

/** Cards per column for `shown` (a filtered subset) among `all` items. */
function naiveCounts(all: readonly Item[], shown: readonly Item[] = all): Record<string, number> {
  const counts: Record<string, number> = { open: 0, "in-progress": 0, blocked: 0, done: 0 };
  for (const item of shown) counts[naiveColumn(item, all)]++;
  return counts;
}

describe("board view in Chromium", () => {
  let browser: Browser;
  let shared: { page: Page; errors: string[] };
  const board = new PageBuilder("test/e2e/pages/ui-board.ts");
  const items300 = generateItems(300, PAGE_NOW);
  /** One page for most tests: each mounts a fresh board on it (navigation costs a second here). */
  const open = async (query: string): Promise<{ page: Page; errors: string[] }> => {
    await remount(shared.page, query);
    return shared;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    shared = await board.open(browser, "?n=300");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("renders the four columns with the counts a naive derivation gives, and saves screenshots", async () => {
    const { page, errors } = await open("?n=300");
    expect(await columnCounts(page)).toEqual(naiveCounts(items300));
    expect(await page.locator(".handoff-toolbar-count").textContent()).toBe("300 cards");
    const first = page.locator('.handoff-board-column[data-column="blocked"] .handoff-card').first();
    await expect(first.locator(".handoff-card-waiting").textContent()).resolves.toMatch(/^waiting on .+: .+/);
    await screenshot(page, "board-light");
    expect(errors).toEqual([]);
  });

  it("shows due times in the owner's zone and the viewer's, and marks overdue cards", async () => {
    const { page } = await open("?n=300");
    const dues = await page.locator(".handoff-card-due").allTextContents();
    expect(dues.some((d) => /^\w{3} 17:00 SGT · \d\d:00 your time$/.test(d))).toBe(true);
    expect(dues.some((d) => /^\w{3} 17:00 EST · \d\d:00 your time$/.test(d))).toBe(true);
    expect(dues.some((d) => /^\w{3} 17:00$/.test(d))).toBe(true); // London owners: the viewer's own zone
    const overdueIds = await page.locator(".handoff-card.is-overdue").evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.id));
    expect(overdueIds.length).toBeGreaterThan(0);
    for (const id of overdueIds) {
      const item = items300.find((i) => i.id === id)!;
      expect(CLOSED.has(item.status)).toBe(false);
      expect(Date.parse(item.due!)).toBeLessThan(Date.parse(PAGE_NOW));
    }
  });

  it("drags a card from Open to Done with the mouse: onSetStatus gets the item and the status", async () => {
    const { page, errors } = await open("?n=300");
    const before = await columnCounts(page);
    const [id] = await renderedCardIds(page, "open");
    const kind = items300.find((i) => i.id === id)!.kind;
    await dragCard(page, id, "done");
    const call = await waitForCall(page, (c) => c.name === "setStatus");
    expect(call).toEqual({ name: "setStatus", id, status: kind === "decision" ? "adopted" : "done" });
    await page.waitForFunction((n) => document.querySelector('[data-column="done"] .handoff-column-count')?.textContent === String(n), before.done + 1);
    expect(await columnCounts(page)).toEqual({ ...before, open: before.open - 1, done: before.done + 1 });
    expect(await page.locator(".handoff-drag-ghost").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("refuses a drop on Blocked and says why, without calling the host", async () => {
    const { page } = await open("?n=300");
    const [id] = await renderedCardIds(page, "open");
    await dragCard(page, id, "blocked");
    await expect(page.locator(".handoff-status-line").textContent()).resolves.toMatch(/^Blocked is worked out from dependencies/);
    expect(await hostCalls(page)).toEqual([]);
  });

  it("moves with the keyboard: arrows move focus, Shift+→ changes status, focus follows, Enter opens", async () => {
    const { page } = await open("?n=300");
    const openIds = await renderedCardIds(page, "open");
    const focused = (): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    await page.locator('.handoff-card[tabindex="0"]').focus();
    expect(await focused()).toBe(openIds[0]);
    // Walk down to the first task below the top card (decisions have no "in progress").
    const target = openIds.findIndex((id, i) => i > 0 && items300.find((item) => item.id === id)!.kind !== "decision");
    for (let i = 1; i <= target; i++) {
      await page.keyboard.press("ArrowDown");
      expect(await focused()).toBe(openIds[i]);
    }
    const id = openIds[target];
    await page.keyboard.press("Shift+ArrowRight");
    expect(await waitForCall(page, (c) => c.name === "setStatus")).toEqual({ name: "setStatus", id, status: "in-progress" });
    await page.waitForFunction((moved) => (document.activeElement as HTMLElement | null)?.dataset.id === moved
      && (document.activeElement as HTMLElement).dataset.column === "in-progress", id);
    await page.keyboard.press("Space");
    await expect(page.locator(".handoff-popover .handoff-details-title").textContent()).resolves.toBe(items300.find((i) => i.id === id)!.title);
    await page.keyboard.press("Escape");
    await expect(page.locator(".handoff-popover").isHidden()).resolves.toBe(true);
    await page.keyboard.press("Enter");
    expect((await hostCalls(page)).at(-1)).toEqual({ name: "openItem", id });
    await page.keyboard.press("Shift+Enter");
    expect((await hostCalls(page)).at(-1)).toEqual({ name: "openSource", id });
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.column)).toBe("open");
  });

  it("filters by person and by text, matching a naive filter", async () => {
    const { page } = await open("?n=300");
    await page.selectOption('select[aria-label="Filter by person"]', "Wei Ling Tan");
    const byWei = items300.filter((i) => i.owner === "Wei Ling Tan" || i.parties.includes("Wei Ling Tan"));
    await expect(page.locator(".handoff-toolbar-count").textContent()).resolves.toBe(`${byWei.length} of 300 cards`);
    expect(await columnCounts(page)).toEqual(naiveCounts(items300, byWei));
    const owners = await page.locator(".handoff-card").evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.id));
    for (const id of owners) expect(byWei.map((i) => i.id)).toContain(id);

    await page.fill(".handoff-toolbar-search", "MIGRATION plan");
    const both = byWei.filter((i) => [i.title, i.quote].join(" ").toLowerCase().includes("migration plan"));
    await expect(page.locator(".handoff-toolbar-count").textContent()).resolves.toBe(`${both.length} of 300 cards`);
    await page.fill(".handoff-toolbar-search", "no card says this");
    await expect(page.locator(".handoff-board-nomatch").isVisible()).resolves.toBe(true);
    await page.click(".handoff-board-nomatch button");
    await expect(page.locator(".handoff-toolbar-count").textContent()).resolves.toBe("300 cards");
  });

  it("groups by owner under sorted headers, and collapses a group", async () => {
    const { page } = await open("?n=300");
    await page.selectOption('select[aria-label="Group cards by"]', "owner");
    const labels = await page.locator('[data-column="open"] .handoff-group-label').allTextContents();
    const owners = [...new Set(items300.filter((i) => naiveColumn(i, items300) === "open").map((i) => i.owner ?? "Unassigned"))];
    const expected = owners.filter((o) => o !== "Unassigned").sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    expect(labels).toEqual(expected.slice(0, labels.length));
    const firstGroupCount = Number(await page.locator('[data-column="open"] .handoff-group-count').first().textContent());
    const firstOwnerCards = items300.filter((i) => naiveColumn(i, items300) === "open" && i.owner === expected[0]).length;
    expect(firstGroupCount).toBe(firstOwnerCards);
    await page.locator('[data-column="open"] .handoff-group-toggle').first().click();
    await expect(page.locator('[data-column="open"] .handoff-group-toggle').first().getAttribute("aria-expanded")).resolves.toBe("false");
    const secondLabelTop = await page.locator('[data-column="open"] .handoff-group-head').nth(1).boundingBox();
    const firstLabelTop = await page.locator('[data-column="open"] .handoff-group-head').first().boundingBox();
    expect(secondLabelTop!.y - firstLabelTop!.y).toBeLessThan(60);
  });

  it("shows a sync conflict's kept value on hover over the marker", async () => {
    const { page } = await open("?n=300");
    const [id] = await renderedCardIds(page, "in-progress");
    await page.evaluate((target) => {
      const t = window.handoffTest;
      t.setItems(t.state.items.map((i) => (i.id === target ? { ...i, conflicts: ["due: 2026-11-27 (kept from Wei Ling Tan's edit)"] } : i)));
    }, id);
    await page.hover(`.handoff-card[data-id="${id}"] .handoff-card-conflicts`);
    const popover = page.locator(".handoff-popover");
    await expect(popover.isVisible()).resolves.toBe(true);
    await expect(popover.textContent()).resolves.toContain("due: 2026-11-27 (kept from Wei Ling Tan's edit)");
    await screenshot(page, "board-conflict");
    await page.mouse.move(5, 5);
    await expect(popover.isHidden()).resolves.toBe(true);
  });

  it.each([
    ["empty", "No items yet", "Scan vault", "scanVault"],
    ["loading", "Reading the vault…", null, null],
    ["error", "Handoff could not show this view", "Try again", "retry"],
  ] as const)("shows the %s state with what to do", async (state, title, button, call) => {
    const { page } = await open(`?state=${state}`);
    await expect(page.locator(".handoff-state-title").textContent()).resolves.toBe(title);
    await expect(page.locator(".handoff-board-columns").isHidden()).resolves.toBe(true);
    if (state === "error") await expect(page.locator('[role="alert"] .handoff-state-detail').textContent()).resolves.toContain("Handoff/Team settings.md");
    if (button && call) {
      await page.click(`button:text("${button}")`);
      expect(await hostCalls(page)).toEqual([{ name: call, id: "" }]);
    }
    if (state === "empty") await screenshot(page, "board-empty");
  });

  it("keeps 2,000 cards to a window of DOM nodes, and scrolls to the last", async () => {
    const { page, errors } = await open("?n=2000");
    const counts = await columnCounts(page);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2000);
    const mounted = await page.locator(".handoff-card").count();
    expect(mounted).toBeGreaterThan(8);
    expect(mounted).toBeLessThan(80);
    await page.locator('[data-column="open"] .handoff-column-scroller').evaluate((s) => s.scrollTo(0, s.scrollHeight));
    await page.waitForFunction((n) => Array.from(document.querySelectorAll('[data-column="open"] .handoff-card')).some((c) => c.getAttribute("aria-posinset") === String(n)), counts.open);
    expect(await page.locator(".handoff-card").count()).toBeLessThan(80);
    expect(errors).toEqual([]);
  });

  it("renders the dark theme from Obsidian's variables", async () => {
    const { page } = await board.open(browser, "?n=300", { theme: "dark" });
    const colours = await page.locator(".handoff-card").first().evaluate((c) => [getComputedStyle(c).backgroundColor, getComputedStyle(c).color]);
    expect(colours).toEqual(["rgb(30, 30, 30)", "rgb(218, 218, 218)"]);
    await screenshot(page, "board-dark");
    await page.close();
  });

  it("stacks columns for a phone: one column wide, scrolled sideways", async () => {
    const { page } = shared;
    await page.setViewportSize({ width: 390, height: 780 });
    await remount(page, "?n=300");
    const layout = await page.locator(".handoff-board-columns").evaluate((c) => ({
      scrolls: c.scrollWidth > c.clientWidth,
      column: c.querySelector(".handoff-board-column")!.getBoundingClientRect().width,
      width: c.clientWidth,
    }));
    expect(layout.scrolls).toBe(true);
    expect(layout.column).toBeGreaterThan(layout.width * 0.7);
    expect(layout.column).toBeLessThan(layout.width);
    await screenshot(page, "board-mobile");
    await page.setViewportSize({ width: 1200, height: 800 });
  });
});
