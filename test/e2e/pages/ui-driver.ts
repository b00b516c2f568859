// Node-side helpers for the views' browser tests: open a test page, read what the host
// recorded, and find cards. (Lives beside the pages it drives; it runs in the test process.)
import type { Browser, Page } from "playwright-core";
import { buildPage, openPage } from "../browser";
import type { PageHandle } from "./ui-setup";

/** A built page per entry and theme, built once per test file. */
export class PageBuilder {
  private readonly urls = new Map<string, Promise<string>>();

  constructor(private readonly entry: string) {}

  /** The page URL for `theme` (built on first use). */
  url(theme: "light" | "dark" = "light"): Promise<string> {
    let url = this.urls.get(theme);
    if (!url) {
      url = buildPage(this.entry, { theme });
      this.urls.set(theme, url);
    }
    return url;
  }

  /** Opens the page with `query` (e.g. "?n=2000") and waits for the view to mount. */
  async open(browser: Browser, query = "", options: { theme?: "light" | "dark"; width?: number; height?: number } = {}): Promise<{ page: Page; errors: string[] }> {
    const opened = await openPage(browser, (await this.url(options.theme)) + query, { width: options.width ?? 1200, height: options.height ?? 800 });
    opened.page.setDefaultTimeout(5000); // fail in seconds, not at the 30 s test timeout
    await opened.page.waitForSelector("[data-handoff-view]");
    return opened;
  }
}

/** Mounts a fresh view on an open page for `query` (same page, no navigation: fast). */
export async function remount(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => window.handoffTest.remount(q), query);
  await page.waitForSelector("[data-handoff-view]");
}

/** What the host recorded so far. */
export function hostCalls(page: Page): Promise<PageHandle["calls"]> {
  return page.evaluate(() => window.handoffTest.calls);
}

/** Polls `hostCalls` until one satisfies `match` (the host is called asynchronously after a drop). */
export async function waitForCall(page: Page, match: (call: PageHandle["calls"][number]) => boolean, timeoutMs = 3000): Promise<PageHandle["calls"][number]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await hostCalls(page)).find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching host call within ${timeoutMs} ms; calls: ${JSON.stringify(await hostCalls(page))}`);
    await page.waitForTimeout(25);
  }
}

/** The shown count in each column header, by column id. */
export function columnCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll<HTMLElement>(".handoff-board-column"))
    .map((c) => [c.dataset.column ?? "", Number((c.querySelector(".handoff-column-count")?.textContent ?? "").replace(/,/g, ""))])));
}

/** Ids of the rendered cards of a column, top to bottom. */
export function renderedCardIds(page: Page, column: string): Promise<string[]> {
  return page.evaluate((col) => Array.from(document.querySelectorAll<HTMLElement>(`.handoff-board-column[data-column="${col}"] .handoff-card`))
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((c) => c.dataset.id ?? ""), column);
}

/** Drags the card `id` with real mouse events to the middle of column `column`. */
export async function dragCard(page: Page, id: string, column: string): Promise<void> {
  const card = await page.locator(`.handoff-card[data-id="${id}"]`).boundingBox();
  const target = await page.locator(`.handoff-board-column[data-column="${column}"]`).boundingBox();
  if (!card || !target) throw new Error(`card ${id} or column ${column} is not on screen`);
  await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 3, { steps: 12 });
  await page.mouse.up();
}
