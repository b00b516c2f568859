// Board first render of 2,000 cards in Chromium (DESIGN target: under 150 ms), through the
// browser harness. Prints the median of several fresh boards after one warm-up; the update
// after one item changes, for the board model alone (the view's share of the DESIGN's "board
// model updated under 5 ms") and for the whole view (target: a 100 ms response, RAIL); and as a
// floor the same 2,000 cards as plain divs without virtualisation.
import { launchBrowser, buildPage, openPage } from "../test/e2e/browser";

const CARDS = 2000;
const RUNS = 9;
const TARGET_MS = 150;
const MODEL_TARGET_MS = 5;
const UPDATE_TARGET_MS = 100;

/** One line to stdout (the bench runner reads `BENCH …` lines). */
const print = (line: string): void => void process.stdout.write(`${line}\n`);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const browser = await launchBrowser();
try {
  const { page, errors } = await openPage(browser, await buildPage("test/e2e/pages/ui-board-bench.ts"), { width: 1400, height: 900 });
  await page.waitForFunction(() => "handoffBench" in window);
  const cold = await page.evaluate((n) => window.handoffBench.firstRender(n), CARDS);
  const first: number[] = [];
  let mounted = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = await page.evaluate((n) => window.handoffBench.firstRender(n), CARDS);
    first.push(run.ms);
    mounted = run.cards;
  }
  const updates: number[] = [];
  for (let i = 0; i < RUNS; i++) updates.push(await page.evaluate((n) => window.handoffBench.update(n), CARDS));
  const models: number[] = [];
  for (let i = 0; i < RUNS; i++) models.push(await page.evaluate((n) => window.handoffBench.modelUpdate(n), CARDS));
  const floors: number[] = [];
  for (let i = 0; i < RUNS; i++) floors.push(await page.evaluate((n) => window.handoffBench.floor(n), CARDS));
  if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);

  const firstMs = median(first);
  const updateMs = median(updates);
  const floorMs = median(floors);
  const modelMs = median(models);
  print(`board first render, ${CARDS} cards: median ${firstMs.toFixed(1)} ms of ${RUNS} (cold first: ${cold.ms.toFixed(1)} ms), ${mounted} card elements mounted; target < ${TARGET_MS} ms`);
  print(`board update after one item changes: view median ${updateMs.toFixed(1)} ms, model alone ${modelMs.toFixed(2)} ms; floor (${CARDS} plain divs, no virtualisation): median ${floorMs.toFixed(1)} ms`);
  print(`BENCH ${JSON.stringify({ name: "board first render (2,000 cards, Chromium)", value: firstMs, unit: "ms", target: `< ${TARGET_MS} ms`, ok: firstMs < TARGET_MS, detail: { runs: first.map((x) => Number(x.toFixed(1))), coldMs: Number(cold.ms.toFixed(1)), mountedCards: mounted, floorPlainDivsMs: Number(floorMs.toFixed(1)), ratioToFloor: Number((firstMs / floorMs).toFixed(2)) } })}`);
  print(`BENCH ${JSON.stringify({ name: "board model update after one item changes (2,000 items, Chromium)", value: modelMs, unit: "ms", target: `< ${MODEL_TARGET_MS} ms`, ok: modelMs < MODEL_TARGET_MS })}`);
  print(`BENCH ${JSON.stringify({ name: "board view update after one item changes (2,000 cards, Chromium)", value: updateMs, unit: "ms", target: `< ${UPDATE_TARGET_MS} ms`, ok: updateMs < UPDATE_TARGET_MS })}`);
} finally {
  await browser.close();
}
