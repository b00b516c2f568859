/**
 * Builds the plugin bundle the way `npm run build` does (esbuild.config.mjs's plugin options,
 * into `.tmp/obsidian/main.js` so a half-finished build elsewhere in the tree cannot break it),
 * then loads it the way Obsidian does: CommonJS `require`, with `obsidian` answered by the
 * stand-in. Node built-ins the bundle requires are recorded, so a test can prove none is loaded
 * until the desktop git backend is.
 */
import { builtinModules, createRequire } from "node:module";
import Module from "node:module";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import * as standIn from "./obsidian";

const ROOT = resolve(import.meta.dirname, "..", "..", "..");
/**
 * Where this test process's bundle goes: `.tmp/` is git-ignored, inside the repository so
 * `@codemirror/*` resolve from node_modules, and one folder per process so test files building
 * at the same time never read each other's half-written bundle.
 */
const OUT_DIR = join(ROOT, ".tmp", "obsidian", String(process.pid));
export const BUNDLE = join(OUT_DIR, "main.js");

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** esbuild.config.mjs's plugin build, with the test's outfile. Keep in step with that file. */
export async function buildPlugin(): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  // The repository is `"type": "module"`; Obsidian's main.js is CommonJS, so mark its folder so.
  writeFileSync(join(OUT_DIR, "package.json"), '{ "type": "commonjs" }\n');
  await build({
    entryPoints: [join(ROOT, "src/obsidian/main.ts")],
    bundle: true,
    format: "cjs",
    platform: "browser",
    target: "es2022",
    outfile: BUNDLE,
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...NODE_BUILTINS],
    logLevel: "error",
    sourcemap: false,
    treeShaking: true,
    minify: false,
    legalComments: "none",
  });
  return BUNDLE;
}

/** Node built-ins main.js asked for, in order (cleared by the test when it wants a fresh count). */
export const requiredBuiltins: string[] = [];

type Load = (request: string, parent: { filename?: string } | undefined, isMain: boolean) => unknown;

let hooked = false;

/** Answers `require("obsidian")` from main.js with the stand-in and records its Node built-ins. */
function hook(bundle: string): void {
  if (hooked) return;
  hooked = true;
  const mod = Module as unknown as { _load: Load };
  const original = mod._load;
  mod._load = function (request, parent, isMain) {
    if (parent?.filename === bundle) {
      if (request === "obsidian") return standIn;
      if (NODE_BUILTINS.includes(request)) requiredBuiltins.push(request);
    }
    return original.call(this, request, parent, isMain);
  };
}

/** Removes this process's bundle folder (afterAll). */
export function removeBundle(): void {
  rmSync(OUT_DIR, { recursive: true, force: true });
}

/** The plugin class main.js exports, from a fresh evaluation of the bundle. */
export function loadPluginClass(bundle: string): new (app: unknown, manifest: unknown) => standIn.Plugin {
  hook(bundle);
  const req = createRequire(bundle);
  delete req.cache[bundle];
  const exported = req(bundle) as { default?: unknown };
  if (typeof exported.default !== "function") throw new Error("main.js has no default export");
  return exported.default as new (app: unknown, manifest: unknown) => standIn.Plugin;
}
