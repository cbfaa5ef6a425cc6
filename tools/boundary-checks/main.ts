import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIRECTORY, generatedChecks } from './generate';

rmSync(GENERATED_DIRECTORY, { recursive: true, force: true });
mkdirSync(GENERATED_DIRECTORY, { recursive: true });
for (const [file, source] of Object.entries(generatedChecks())) {
  writeFileSync(join(GENERATED_DIRECTORY, file), source);
}
console.log(`wrote ${GENERATED_DIRECTORY}`);
