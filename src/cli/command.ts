/**
 * What every `handoff` subcommand is: a name, a one-line summary, a usage line and a `run`
 * that returns the exit code. Commands write through {@link CliIo} so tests can run them
 * in-process and read what they printed.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** Usage line(s) shown by `handoff help NAME` and on a usage error. */
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * A user error: bad arguments, a missing vault, a file that cannot be read. `main` prints
 * `handoff <command>: <message>` to stderr and exits with `exitCode` (2 for usage, 1 otherwise).
 * Programmer errors are ordinary exceptions and print a stack trace.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}
