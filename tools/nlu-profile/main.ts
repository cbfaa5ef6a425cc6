import { runProfile } from './run-profile';

async function main(): Promise<void> {
  try {
    process.exitCode = await runProfile({
      argv: process.argv.slice(2),
      env: process.env,
      fetch: (url, init) => fetch(url, init),
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

void main();
