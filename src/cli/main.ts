import { CliError, type CliIo, type CommandSpec } from "./command";
import { COMMANDS } from "./commands/index";

const VERSION = "0.1.0";

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "handoff: find and track the commitments, decisions, requests and dependencies in a team vault.",
    "",
    "Usage: handoff <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `handoff help <command>` for a command's options.",
    "",
  ].join("\n");
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (name === "help") {
    const spec = rest[0] ? findCommand(rest[0]) : undefined;
    io.stdout(spec ? `${spec.summary}\n\nUsage:\n  ${spec.usage}\n` : helpText());
    return 0;
  }
  const spec = findCommand(name);
  if (!spec) {
    io.stderr(`handoff: unknown command "${name}". Run \`handoff --help\` for the list.\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${spec.summary}\n\nUsage:\n  ${spec.usage}\n`);
    return 0;
  }
  try {
    return await spec.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`handoff ${spec.name}: ${error.message}\n`);
      if (error.exitCode === 2) io.stderr(`Usage: ${spec.usage}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
}
