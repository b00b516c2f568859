// Lint: the rules Obsidian's community plugin review applies (eslint-plugin-obsidianmd's
// recommended set, which includes typescript-eslint's type-checked rules), plus the design's
// purity boundary: only src/obsidian imports `obsidian`, and Node built-ins stay in src/cli and
// the desktop git backend (src/sync).
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

const nodeBuiltins = ["fs", "path", "os", "child_process", "crypto", "http", "https", "url", "util", "stream", "zlib", "module", "net", "worker_threads"]
  .flatMap((m) => [m, `node:${m}`, `${m}/*`, `node:${m}/*`]);

export default defineConfig([
  globalIgnores(["node_modules/", "dist/", "main.js", "styles.css", ".tmp/", "test/e2e/.build/", "test/e2e/artifacts/", "bench/.out/", "test/fixtures/"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "vitest.config.ts", "bin/*.mjs", "scripts/*.mjs"] },
      },
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/obsidian/**"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [{ name: "obsidian", message: "Only src/obsidian/ may import obsidian (DESIGN principle 4)." }],
      }],
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**", "src/sync/git-*.ts", "src/obsidian/**"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [{ name: "obsidian", message: "Only src/obsidian/ may import obsidian (DESIGN principle 4)." }],
        patterns: [{ group: nodeBuiltins, message: "Node built-ins only in src/cli and the desktop git backend (DESIGN principle 4)." }],
      }],
    },
  },
  {
    // The CLI, the desktop git backend, tests, benchmarks and build scripts run in Node.
    files: ["src/cli/**", "src/sync/git-*.ts", "test/**", "bench/**", "scripts/**", "*.mjs", "*.config.ts", "bin/**"],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/ui/sentence-case": "off",
      // Command-line programs and their tests print by design; the plugin's console rule is for Obsidian.
      "obsidianmd/rule-custom-message": "off",
      "no-console": "off",
      // Tests build throwaway vaults with Obsidian's default config folder name on purpose.
      "obsidianmd/hardcoded-config-path": "off",
    },
  },
  {
    // Views and the editor extension are plain DOM so they run in a browser without Obsidian.
    files: ["src/ui/**", "src/editor/**", "test/**"],
    rules: {
      "obsidianmd/prefer-create-el": "off",
    },
  },
]);
