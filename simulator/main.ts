import { runSimulator } from './run-simulator';

runSimulator({
  argv: process.argv.slice(2),
  input: process.stdin,
  output: process.stdout,
  errors: process.stderr,
  interactive: process.stdin.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Unexpected: still one line for the user, never a stack trace.
    process.stderr.write(
      `simulator error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
