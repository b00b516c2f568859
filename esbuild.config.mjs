// Builds the two bundles Handoff ships from one source tree:
//   main.js       the Obsidian plugin (CommonJS, as Obsidian loads it), with `obsidian`,
//                 `electron` and CodeMirror external because Obsidian provides them at runtime;
//   dist/cli.mjs  the headless `handoff` command for Node (ESM, dependencies bundled).
// `styles/*.css` is concatenated into `styles.css`, the file Obsidian loads beside main.js.
// `node esbuild.config.mjs` watches the plugin; `node esbuild.config.mjs production` builds both
// once; `node esbuild.config.mjs production cli` builds only the CLI.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";

const production = process.argv[2] === "production";
const only = process.argv[3];
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function buildStyles() {
  const files = readdirSync("styles").filter((f) => f.endsWith(".css")).sort();
  const css = files.map((f) => `/* ${f} */\n${readFileSync(`styles/${f}`, "utf8").trim()}\n`).join("\n");
  writeFileSync("styles.css", css);
}

const plugin = {
  entryPoints: ["src/obsidian/main.ts"],
  bundle: true,
  format: "cjs",
  platform: "browser",
  target: "es2022",
  outfile: "main.js",
  external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...nodeBuiltins],
  logLevel: "warning",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: false,
  legalComments: "none",
};

const cli = {
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outfile: "dist/cli.mjs",
  logLevel: "warning",
  sourcemap: false,
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

mkdirSync("dist", { recursive: true });
buildStyles();
if (production) {
  await Promise.all(only === "cli" ? [esbuild.build(cli)] : [esbuild.build(plugin), esbuild.build(cli)]);
} else {
  const ctx = await esbuild.context(plugin);
  await ctx.watch();
  console.log("esbuild: watching src/ for the plugin bundle (Ctrl-C to stop)");
}
