/**
 * The index cache's store in real Chromium (IndexedDB exists only in a browser): what the plugin
 * saves comes back, each vault has its own database, and junk in it is dropped, never trusted.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractNote } from "../../src/extract/extract";
import { DEFAULT_TEAM_SETTINGS } from "../../src/model/team-settings";
import { ExtractionCache } from "../../src/obsidian/extraction-cache";
import { buildPage, launchBrowser, openPage } from "../e2e/browser";
import { EMPTY_DIRECTORY_FOR_TESTS } from "./empty-directory";

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, await buildPage("test/obsidian/pages/cache-store-page.ts")));
  await page.waitForSelector("body[data-ready=yes]", { state: "attached" });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** A real cache as the plugin stores it. */
function storedCache(): unknown {
  const cache = ExtractionCache.empty("0.1.0");
  const extract = cache.extractor(extractNote, () => ({ mtime: 5, size: 50 }));
  extract("---\ndate: 2026-11-23\nauthor: Maya\n---\nI'll send the brief by Wednesday.\n", { path: "Channels/a/n.md", directory: EMPTY_DIRECTORY_FOR_TESTS, settings: DEFAULT_TEAM_SETTINGS });
  return JSON.parse(JSON.stringify(cache.toStored())) as unknown;
}

describe("the index cache in IndexedDB", () => {
  it("uses IndexedDB in a browser and gives back what was saved", async () => {
    expect(await page.evaluate(() => window.cacheTest.where("vault-a"))).toBe('IndexedDB "handoff-index-vault-a"');
    const value = storedCache();
    expect(await page.evaluate(([v]) => window.cacheTest.roundTrip("vault-a", v), [value] as const)).toEqual(value);
    expect(await page.evaluate(() => window.cacheTest.restore("vault-a", "0.1.0"))).toEqual({ dropped: null, size: 1 });
    expect(errors).toEqual([]);
  });

  it("keeps each vault's cache apart, and an empty store loads as nothing", async () => {
    expect(await page.evaluate(() => window.cacheTest.load("vault-never-saved"))).toBeNull();
    await page.evaluate(([v]) => window.cacheTest.roundTrip("vault-b", v), [{ format: 1, version: "x", notes: {} }] as const);
    expect(await page.evaluate(() => window.cacheTest.restore("vault-a", "0.1.0"))).toEqual({ dropped: null, size: 1 });
  });

  it("drops junk and another version's cache instead of trusting them", async () => {
    expect(await page.evaluate(() => window.cacheTest.restore("vault-a", "0.2.0"))).toEqual({ dropped: "the stored index cache is from another version (0.1.0)", size: 0 });
    await page.evaluate(() => window.cacheTest.corrupt("vault-c"));
    expect(await page.evaluate(() => window.cacheTest.restore("vault-c", "0.1.0"))).toEqual({ dropped: "the stored index cache is not readable", size: 0 });
  });
});
