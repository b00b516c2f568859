// Opening the editor page in Chromium for a test: a fresh page, the editor mounted with
// `options`, uncaught page errors and console errors collected. Node side only (tests).
import type { Browser, Page } from "playwright-core";
import { openPage } from "../browser";
import type { MountOptions } from "./editor-page";

/** A mounted editor page and what it reported. */
export interface EditorSession {
  readonly page: Page;
  /** Uncaught page errors (must stay empty). */
  readonly errors: string[];
  /** `console.error` messages, in order. */
  readonly logged: string[];
}

/** Opens `url` (a build of test/e2e/pages/editor-page.ts) and mounts an editor with `options`. */
export async function openEditor(browser: Browser, url: string, options: MountOptions): Promise<EditorSession> {
  const { page, errors } = await openPage(browser, url);
  const logged: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") logged.push(m.text());
  });
  await page.evaluate((o) => window.handoffEditorTest.mount(o), options);
  return { page, errors, logged };
}

/** Hovers the first element matching `selector` and returns the tooltip's text once it shows. */
export async function hoverTooltipText(page: Page, selector: string): Promise<string> {
  await page.locator(selector).first().hover();
  const tooltip = page.locator(".handoff-tooltip");
  await tooltip.waitFor({ state: "visible" });
  return tooltip.innerText();
}
