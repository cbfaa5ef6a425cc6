import { describe, expect, it } from 'vitest';
import manifest from '../../interaction-model/skill.json';
import { VERDICTS } from '../../lambda/core';
import { talk } from '../voice/speaker';

/*
 * The reviewer follows the manifest's testing instructions by voice. Each line that names a
 * verdict, and the safety screen's, is run here through the project's interaction model and
 * the real skill, so an instruction that no longer leads where it says fails the build.
 */
const instructions = manifest.manifest.publishingInformation.testingInstructions;
const lines = instructions.split('\n');

const LABELS: Record<(typeof VERDICTS)[number], string> = {
  train: 'Train:',
  modify: 'Modify (train something else):',
  'active-recovery': 'Active recovery:',
  rest: 'Rest:',
  'see-professional': 'See a professional:',
};

const quoted = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');

function lineStarting(label: string): string {
  const line = lines.find((candidate) => candidate.startsWith(label));
  if (!line) throw new Error(`The testing instructions have no line starting "${label}"`);
  return line;
}

describe('the testing instructions for the certification reviewer', () => {
  it('say what the skill is, what it never stores, and that it is not health care', () => {
    expect(instructions).toMatch(/fitness training guide/);
    expect(instructions).toMatch(/not diagnosis or treatment/);
    expect(instructions).toMatch(/not a HIPAA covered entity/);
    expect(instructions).toMatch(/WHAT IT NEVER STORES/);
    expect(instructions).toMatch(
      /one month, only the request type, intent name, verdict and request id/,
    );
    expect(instructions).toMatch(/never slot values or user ids/);
  });

  it('start every verdict script from the launch phrase the reviewer is told to say', () => {
    expect(instructions).toContain('Say "Alexa, open soreness coach"');
  });

  it.each(VERDICTS)('reach %s by voice with the words given', async (verdict) => {
    const turns = quoted(lineStarting(LABELS[verdict]));
    expect(turns.length).toBeGreaterThan(0);
    const { lastAdvice } = await talk(['open soreness coach', ...turns]);
    expect(lastAdvice?.verdict, turns.join(' / ')).toBe(verdict);
  });

  it('reach the safety screen by each way offered', async () => {
    const ways = lineStarting('SAFETY SCREEN:').split('Try:')[1]?.split(';') ?? [];
    expect(ways.length).toBeGreaterThanOrEqual(2);
    for (const way of ways) {
      const turns = quoted(way);
      const { lastAdvice } = await talk(['open soreness coach', ...turns]);
      expect(lastAdvice, turns.join(' / ')).toMatchObject({
        verdict: 'see-professional',
        urgent: true,
      });
    }
  });

  it('offer a one-shot that is one of the example phrases and starts a check', async () => {
    const [oneShot = ''] = quoted(lineStarting('After advice').split('One-shot:')[1] ?? '');
    expect(manifest.manifest.publishingInformation.locales['en-US'].examplePhrases).toContain(
      oneShot,
    );
    const { open } = await talk([oneShot.replace(/^Alexa, /, '')]);
    expect(open).toBe(true);
  });
});
