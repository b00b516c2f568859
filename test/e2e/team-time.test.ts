// The team time view in real Chromium on the demo vault's 14 people: a row per person west to
// east, working hours and deep work shaded where they fall on the viewer's day, out of office
// and days off marked, the now line, statuses, the slot finder (tick, find, choose → host), day
// navigation, error and empty states, and screenshots under test/e2e/artifacts/.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DirectoryNote } from "../../src/extract/directory";
import { readNoteHeader } from "../../src/extract/note-header";
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from "../../src/model/team-settings";
import { buildPage, launchBrowser, openPage, screenshot } from "./browser";
import { DEMO_NOW, DEMO_VAULT } from "../time/team-fixtures";

const ENTRY = "test/e2e/pages/team-time.ts";

/** The demo vault's People and Team notes as the directory reads them. */
function demoNotes(): DirectoryNote[] {
  return ["People", "Teams"].flatMap((folder) => readdirSync(join(DEMO_VAULT, folder)).filter((f) => f.endsWith(".md")).sort().map((file) => ({
    path: `${folder}/${file}`,
    data: readNoteHeader(readFileSync(join(DEMO_VAULT, folder, file), "utf8")).data,
  })));
}
const SETTINGS: TeamSettings = { ...DEFAULT_TEAM_SETTINGS, timezone: "Europe/London", workdayEnd: "17:00" };
const NOTES = demoNotes();

async function mount(page: Page, viewer: string | null, now = DEMO_NOW, zone?: string, notes = NOTES): Promise<void> {
  await page.evaluate(([n, s, v, t, z]) => window.teamTimeTest.mount(n, s, v, t, z), [notes, SETTINGS, viewer, now, zone] as const);
  await page.waitForSelector('[data-handoff-view="team-time"]');
}

/** Where an element starts and ends along its row's track, as fractions of the track's width. */
function span(page: Page, selector: string): Promise<[number, number][]> {
  return page.locator(selector).evaluateAll((nodes) => nodes.map((node) => {
    const track = node.closest(".handoff-tt-track")?.getBoundingClientRect();
    const box = node.getBoundingClientRect();
    if (!track) return [NaN, NaN] as [number, number];
    return [Math.round(((box.left - track.left) / track.width) * 1000) / 1000, Math.round(((box.right - track.left) / track.width) * 1000) / 1000] as [number, number];
  }));
}

const row = (name: string): string => `.handoff-tt-row[data-person="${name}"]`;

describe("team time in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser, await buildPage(ENTRY)));
    page.setDefaultTimeout(5000);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("renders a row per person, west to east, each with their local time and what they are doing", async () => {
    await mount(page, "Maya Chen");
    const order = await page.locator(".handoff-tt-row").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.person));
    expect(order).toEqual([
      "Emily Tremblay", "Josh Levesque", "Marcus Boateng", "Olivia Park",
      "Maya Chen", "Noah Fitzgerald", "Priya Raman", "Sarah Okafor", "Tomasz Kowal",
      "Arjun Menon", "Daniel Lim", "Hana Yusof", "Siti Rahman", "Wei Ling Tan",
    ]);
    await expect(page.locator(".handoff-tt-date").textContent()).resolves.toBe("Tue 24 Nov");
    await expect(page.locator(`${row("Maya Chen")} .handoff-tt-local`).textContent()).resolves.toBe("10:00 GMT");
    await expect(page.locator(`${row("Maya Chen")} .handoff-tt-status`).textContent()).resolves.toBe("Working until 17:30 GMT · 7h 30m left");
    await expect(page.locator(`${row("Daniel Lim")} .handoff-tt-status`).textContent()).resolves.toBe("Off · back Wed 09:00 SGT");
    await expect(page.locator(`${row("Olivia Park")} .handoff-tt-local`).textContent()).resolves.toBe("05:00 EST");
    await expect(page.locator(row("Maya Chen")).getAttribute("class")).resolves.toContain("is-me");
    expect(errors).toEqual([]);
  });

  it("shades working hours and deep work where they fall on the viewer's day, with the now line", async () => {
    await mount(page, "Maya Chen");
    // London viewer: Maya 09:00-17:30 London; Noah 08:00-16:00; Daniel 09:00-17:30 Singapore = 01:00-09:30 London.
    expect(await span(page, `${row("Maya Chen")} .handoff-tt-seg.is-work`)).toEqual([[0.375, 0.729]]);
    expect(await span(page, `${row("Noah Fitzgerald")} .handoff-tt-seg.is-work`)).toEqual([[0.333, 0.667]]);
    expect(await span(page, `${row("Daniel Lim")} .handoff-tt-seg.is-work`)).toEqual([[0.042, 0.396]]);
    // Olivia 10:00-18:30 Toronto = 15:00-23:30 London.
    expect(await span(page, `${row("Olivia Park")} .handoff-tt-seg.is-work`)).toEqual([[0.625, 0.979]]);
    // Wei Ling's Tuesday deep work, 09:00-12:00 Singapore = 01:00-04:00 London.
    expect(await span(page, `${row("Wei Ling Tan")} .handoff-tt-seg.is-deep-work`)).toEqual([[0.042, 0.167]]);
    expect(await page.locator(`${row("Marcus Boateng")} .handoff-tt-seg.is-deep-work`).count()).toBe(0);
    // The now line: 10:00 London.
    const now = await span(page, `${row("Maya Chen")} .handoff-tt-now`);
    expect(now[0]?.[0]).toBeCloseTo(10 / 24, 2);
    await screenshot(page, "team-time-light");
  });

  it("marks out of office and days off, and shows a Toronto viewer's day", async () => {
    await mount(page, "Maya Chen", "2026-11-27T10:00:00Z");
    expect(await page.locator(`${row("Sarah Okafor")} .handoff-tt-seg.is-out-of-office`).count()).toBe(1);
    await expect(page.locator(`${row("Sarah Okafor")} .handoff-tt-status`).textContent()).resolves.toBe("Out of office · back Mon 09:00 GMT");
    expect(await page.locator(`${row("Hana Yusof")} .handoff-tt-seg.is-day-off`).count()).toBeGreaterThan(0);
    await expect(page.locator(row("Hana Yusof")).getAttribute("data-presence")).resolves.toBe("day-off");
    await mount(page, "Marcus Boateng", "2026-11-23T19:00:00Z");
    await expect(page.locator(".handoff-tt-caption").textContent()).resolves.toBe("Times in America/Toronto (EST), now line at your time");
    // Marcus's Monday deep work, 13:00-15:00 Toronto, on a Toronto viewer's day.
    expect(await span(page, `${row("Marcus Boateng")} .handoff-tt-seg.is-deep-work`)).toEqual([[0.542, 0.625]]);
    await expect(page.locator(row("Marcus Boateng")).getAttribute("data-presence")).resolves.toBe("deep-work");
  });

  it("finds slots for the ticked people, and choosing one hands it to the host and marks it", async () => {
    await mount(page, "Maya Chen");
    await expect(page.locator(".handoff-tt-hint").textContent()).resolves.toBe("1 person ticked: Maya Chen.");
    await page.check(`${row("Daniel Lim")} .handoff-tt-pick`);
    await page.check(`${row("Olivia Park")} .handoff-tt-pick`);
    await expect(page.locator(".handoff-tt-hint").textContent()).resolves.toBe("3 people ticked: Maya Chen, Daniel Lim, Olivia Park.");
    await page.selectOption(".handoff-tt-duration", "30");
    await page.click(".handoff-tt-find");
    const first = page.locator(".handoff-tt-result").first();
    await expect(first.locator(".handoff-tt-result-when").textContent()).resolves.toBe("Tue 24 Nov 12:00-12:30 GMT");
    await expect(first.locator(".handoff-tt-result-summary").textContent()).resolves.toBe("2 outside their hours");
    await expect(first.locator(".handoff-tt-chip").allTextContents()).resolves.toEqual(["Maya 12:00", "Daniel 20:00 +3 h", "Olivia 07:00 +3 h"]);
    expect(await page.locator(".handoff-tt-result").count()).toBe(8);
    await first.click();
    const calls = await page.evaluate(() => window.teamTimeTest.calls);
    expect(calls).toEqual([{ name: "pick", text: "Tue 24 Nov 12:00-12:30 GMT: Maya Chen 12:00 GMT, Daniel Lim 20:00 SGT (outside hours), Olivia Park 07:00 EST (outside hours)", start: Date.parse("2026-11-24T12:00:00Z") }]);
    expect(await span(page, `${row("Maya Chen")} .handoff-tt-slot`)).toEqual([[0.5, 0.521]]);
    await expect(page.locator(".handoff-status-line").textContent()).resolves.toContain("Chosen: Tue 24 Nov 12:00-12:30 GMT");
    await screenshot(page, "team-time-slots");
  });

  it("choosing a slot on another day shows that day; a failing host is reported", async () => {
    await mount(page, "Maya Chen");
    await page.check(`${row("Noah Fitzgerald")} .handoff-tt-pick`);
    await page.selectOption(".handoff-tt-days", "3");
    await page.selectOption(".handoff-tt-duration", "90");
    await page.click(".handoff-tt-find");
    await page.evaluate(() => window.teamTimeTest.failNextPick("the clipboard is not available"));
    const later = page.locator('.handoff-tt-result:has-text("Wed 25 Nov")').first();
    await later.click();
    await expect(page.locator(".handoff-tt-date").textContent()).resolves.toBe("Wed 25 Nov");
    await page.waitForFunction(() => document.querySelector(".handoff-status-line")?.textContent?.startsWith("Could not use the slot"));
    await expect(page.locator(".handoff-status-line").textContent()).resolves.toBe("Could not use the slot: the clipboard is not available");
  });

  it("moves between days and back to today; the now line shows only today", async () => {
    await mount(page, "Maya Chen");
    await page.click('[data-action="next"]');
    await expect(page.locator(".handoff-tt-date").textContent()).resolves.toBe("Wed 25 Nov");
    expect(await page.locator(".handoff-tt-now").count()).toBe(0);
    await page.click('[data-action="prev"]');
    await page.click('[data-action="prev"]');
    await expect(page.locator(".handoff-tt-date").textContent()).resolves.toBe("Mon 23 Nov");
    await page.click('[data-action="today"]');
    await expect(page.locator(".handoff-tt-date").textContent()).resolves.toBe("Tue 24 Nov");
    expect(await page.locator(".handoff-tt-now").count()).toBe(14);
  });

  it("focusFinder ticks a team's members; names open People notes", async () => {
    await mount(page, "Maya Chen");
    await page.evaluate(() => window.teamTimeTest.view?.focusFinder(["Design"]));
    await expect(page.locator(".handoff-tt-hint").textContent()).resolves.toBe("3 people ticked: Emily Tremblay, Hana Yusof, Priya Raman.");
    await expect(page.evaluate(() => document.activeElement?.classList.contains("handoff-tt-find"))).resolves.toBe(true);
    await page.click(`${row("Siti Rahman")} .handoff-tt-name`);
    expect(await page.evaluate(() => window.teamTimeTest.calls)).toEqual([{ name: "person", person: "Siti Rahman" }]);
  });

  it("shows what to do with no People notes, and an error for an unknown viewer zone", async () => {
    await mount(page, null, DEMO_NOW, "Europe/London", []);
    await expect(page.locator(".handoff-state-title").textContent()).resolves.toBe("No People notes yet");
    await expect(page.locator(".handoff-tt-finder").isHidden()).resolves.toBe(true);
    await mount(page, null, DEMO_NOW, "Europe/Lndon");
    await expect(page.locator(".handoff-state-detail").textContent()).resolves.toContain('Your time zone "Europe/Lndon" is not a known IANA zone name');
    await page.click('button:text("Try again")');
    expect(await page.evaluate(() => window.teamTimeTest.calls)).toEqual([{ name: "retry" }]);
  });

  it("leaves nothing behind on destroy, twice, and refuses to be reused", async () => {
    await mount(page, "Maya Chen");
    const result = await page.evaluate(() => {
      const view = window.teamTimeTest.view;
      view?.destroy();
      view?.destroy();
      try {
        view?.focusFinder();
        return "reused";
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    });
    expect(result).toBe("TeamTimeView was destroyed: create a new view instead of reusing it");
    expect(await page.locator("#root > *").count()).toBe(0);
    await page.evaluate(() => void (window.teamTimeTest.view = null));
  });

  it("renders dark and at phone width", async () => {
    const dark = await openPage(browser, await buildPage(ENTRY, { theme: "dark" }));
    await mount(dark.page, "Maya Chen");
    await screenshot(dark.page, "team-time-dark");
    await dark.page.close();
    await page.setViewportSize({ width: 390, height: 780 });
    await mount(page, "Maya Chen");
    const track = await page.locator(`${row("Maya Chen")} .handoff-tt-track`).boundingBox();
    expect(track && track.x + track.width).toBeLessThanOrEqual(390);
    await screenshot(page, "team-time-mobile");
    await page.setViewportSize({ width: 1200, height: 800 });
  });
});
