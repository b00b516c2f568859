// Runs `handoff` in-process through `main()` and collects what it printed: the way every CLI
// suite drives the real commands without spawning Node.
import type { CliIo } from "../../src/cli/command";
import { main } from "../../src/cli/main";

/** What one `handoff` run returned and printed. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `handoff ARGS` with `cwd` (default: this process's) and `env` (default: none). */
export async function runCli(args: readonly string[], options: { cwd?: string; env?: CliIo["env"] } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: options.env ?? {}, cwd: options.cwd ?? process.cwd() };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
