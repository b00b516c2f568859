/**
 * Real Chromium for the browser suites: Debian's `/usr/bin/chromium` driven by playwright-core
 * (no downloaded browsers on this machine or in CI). Test pages are built from TypeScript entry
 * files with esbuild and loaded from a file URL, so views and the editor extension run in a real
 * DOM with real CodeMirror, exactly the code the plugin bundles.
 *
 * In CI (`CI=true`) a missing browser fails the suite with a message; locally it also fails,
 * because skipping would hide a broken setup. Install it with `apt-get install chromium`.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
/** Where built test pages go (git-ignored). */
export const BUILD_DIR = join(here, ".build");
/** Where screenshots go: CI keeps this folder as artifacts. */
export const ARTIFACTS_DIR = join(here, "artifacts");

/** The browser binary: `CHROMIUM_PATH` if set, else Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a headless, offline Chromium as root in a container. */
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Launches Chromium, failing with an actionable message when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROMIUM_PATH; browser tests never skip.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
}

/**
 * Bundles `entry` (a .ts file that sets things up on `window`) with esbuild for the browser
 * and writes an HTML page that loads it with `styles/*.css` and a stand-in for Obsidian's CSS
 * variables (`test/e2e/obsidian-theme.css`). Returns the page's file URL.
 */
export async function buildPage(entry: string, options: { theme?: "light" | "dark"; width?: number } = {}): Promise<string> {
  mkdirSync(BUILD_DIR, { recursive: true });
  const name = entry.replace(/^.*\//, "").replace(/\.ts$/, "");
  const outfile = join(BUILD_DIR, `${name}.js`);
  await build({ entryPoints: [resolve(entry)], bundle: true, format: "iife", platform: "browser", target: "es2022", outfile, logLevel: "error", sourcemap: "inline" });
  const root = resolve(here, "..", "..");
  const css = [join(here, "obsidian-theme.css"), ...listCss(join(root, "styles"))]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
  const theme = options.theme ?? "light";
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head>` +
    `<body class="theme-${theme}"><div id="root"></div><script src="${pathToFileURL(outfile).href}"></script></body></html>`;
  const page = join(BUILD_DIR, `${name}-${theme}.html`);
  writeFileSync(page, html);
  return pathToFileURL(page).href;
}

function listCss(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".css")).sort().map((f) => join(dir, f));
}

/** Opens a page and collects uncaught page errors so tests can assert there were none. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1200, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

/** Saves a screenshot under `test/e2e/artifacts/NAME.png` (CI artifact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
