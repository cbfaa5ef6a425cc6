import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A profiler answer in the documented shape (SMAPI ProfileNluResponse). */
export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));
