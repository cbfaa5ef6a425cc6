// `npx tsx scripts/bench-simulator-lines.ts [words…]`: how long the simulator takes to understand
// one long line against the en-US model, for each length given (60, 80 and 100 words by
// default). A benchmark, not a test: figures depend on the machine.
import { loadInteractionModel } from '../simulator/model/load-model';
import { compileModel } from '../simulator/nlu/compile-model';
import { understand } from '../simulator/nlu/understand';

const SENTENCE =
  'my legs are really sore after a long run yesterday and my lower back feels tight and I ' +
  'slept about six hours and I was wondering whether I should train today or rest because ' +
  'my knee is also a bit swollen';
const RUNS = 5;

const model = compileModel(loadInteractionModel('en-US').interactionModel.languageModel);
const words = SENTENCE.split(' ');
const lengths = process.argv.slice(2).map(Number);

for (const length of lengths.length > 0 ? lengths : [60, 80, 100]) {
  const line = Array.from({ length }, (_, n) => words[n % words.length]).join(' ');
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    understand(model, line, 'amzn1.ask.skill.bench');
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] ?? 0;
  const rss = Math.round(process.memoryUsage().rss / 1e6);
  console.log(`${length} words: median ${median.toFixed(0)} ms of ${RUNS} runs, rss ${rss} MB`);
}
