import { describe, expect, it } from 'vitest';
import { type LineResult, loadBlindBatch, readLine } from './blind-batch';

/**
 * A batch of 291 lines written by a helper who saw neither the interaction model nor the
 * corpus, labelled with the facts a careful listener takes from each (not with intents, so the
 * labels outlive any model). Measured once before anyone read it, on 2026-12-07: 145 of 291
 * (49.8%) left the skill holding every labelled fact and no sign that was not said. Reading the
 * misses then showed two faults of this harness, not of the skill (the signs repeated after an
 * unclear safety answer taken for urgent advice; a named sign not counted as a yes): 152 of 291
 * (52.2%) with the same skill. One line it showed a class for, what someone cannot do said to
 * the safety question, is read by now, so this batch is no longer blind for that class.
 * The floor guards against regressions; the target for the redesign of understanding is 85%.
 */
const FLOOR = 0.83;

describe('the blind batch of 2026-12-07, as the skill reads it', () => {
  const lines = loadBlindBatch();

  it('is a batch of its own size and kind', () => {
    expect(lines.length).toBeGreaterThanOrEqual(200);
    expect(new Set(lines.map((line) => line.say)).size).toBe(lines.length);
  });

  it('every line is heard at its question, and the share understood holds its floor', async () => {
    const results: LineResult[] = [];
    for (const line of lines) results.push(await readLine(line));
    expect(
      results.filter((result) => !result.reached).map((result) => result.line.context),
    ).toEqual([]);
    const understood = results.filter((result) => result.understood).length;
    console.info(`blind-2026-12-07: ${understood}/${results.length} understood`);
    expect(understood / results.length).toBeGreaterThanOrEqual(FLOOR);
  });

  it('no warning sign the writer labelled goes unheard', async () => {
    const withSigns = lines.filter((line) => (line.facts.signs ?? []).length > 0);
    expect(withSigns.length).toBeGreaterThan(5);
    for (const line of withSigns) {
      const result = await readLine(line);
      expect(
        result.problems.filter((problem) => problem.startsWith('sign ')),
        line.say,
      ).toEqual([]);
    }
  });
});
