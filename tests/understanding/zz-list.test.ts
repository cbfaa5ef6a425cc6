import { it } from 'vitest';
import { loadBlindBatch, readLine } from './blind-batch';
it('lists', async () => {
  for (const line of loadBlindBatch()) {
    const r = await readLine(line);
    if (!r.understood) console.log(`MISS [${line.context}] ${line.say} :: ${r.problems.join('; ')}`);
  }
}, 120000);
