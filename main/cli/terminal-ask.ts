import { createInterface } from 'node:readline';

/**
 * Asks one line at the terminal; with `hidden`, what is typed is not echoed (a secret). Only when
 * standard input is a terminal: piped input is read as a whole by readStdin instead.
 */
export function terminalAsk(question: string, options: { hidden: boolean }): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    if (options.hidden) {
      // Swallow the echo of each key, and end the line ourselves once Enter is pressed.
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (text: string) => {
        if (text === question) write(text);
      };
    }
    rl.question(question, (answer) => {
      if (options.hidden) process.stdout.write('\n');
      rl.close();
      resolve(answer);
    });
  });
}
