import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { buildPage, launchBrowser, openPage } from "./browser";

describe("browser harness", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("bundles a TypeScript page and runs it in real Chromium with the theme variables", async () => {
    const url = await buildPage("test/e2e/pages/smoke.ts", { theme: "dark" });
    const { page, errors } = await openPage(browser, url);
    await expect(page.locator(".smoke").textContent()).resolves.toBe("ready 2,4,6");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(30, 30, 30)");
    expect(errors).toEqual([]);
  });
});
