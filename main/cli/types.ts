// What a CLI command gets and returns. Commands never touch process.* directly, so tests can
// run them with a fake IO and assert on exactly what was printed.

export interface CliIo {
  /**
   * Whole standard input as text (commands that read JSON from stdin). With maxBytes, more than
   * that is refused (an AppError) once it arrives, instead of reading without end.
   */
  readStdin(maxBytes?: number): Promise<string>;
  /** Writes to standard output; the caller adds no newline. */
  stdout(text: string): void;
  /** Writes to standard error; the caller adds no newline. */
  stderr(text: string): void;
  /** Asks one line at a terminal (hidden: not echoed, for a secret); absent when stdin is no terminal. */
  ask?(question: string, options: { hidden: boolean }): Promise<string>;
}

/** Returns the process exit code: 0 on success, non-zero after printing one Chinese line to stderr. */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;
