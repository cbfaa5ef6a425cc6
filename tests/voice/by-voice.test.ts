import { describe, expect, it } from 'vitest';
import { speaker } from './speaker';

async function conversation(lines: string[]) {
  const session = speaker();
  const turns = [];
  for (const line of lines) turns.push(await session.say(line));
  const last = turns.at(-1);
  if (!last) throw new Error('no turns');
  const lastAdvice = last.response.sessionAttributes?.lastAdvice as
    | { verdict: string; urgent: boolean }
    | undefined;
  return { turns, last, lastAdvice, open: session.isOpen };
}

describe('checks spoken in words reach each verdict', () => {
  it.each([
    [
      'train',
      ['open soreness coach', 'my legs are a little sore', 'eight hours', 'plenty'],
      /good to train/,
    ],
    [
      'modify',
      [
        'ask soreness coach should I train today',
        'my quads',
        'achy',
        'about a five',
        'two days',
        'no',
        'skip',
      ],
      /change the plan/,
    ],
    [
      'active-recovery',
      ["I'm sore all over", 'five out of ten', 'one day', 'no', 'skip'],
      /active recovery/i,
    ],
    ['rest', ['open soreness coach', 'my knee hurts', 'two', 'no thanks'], /Rest today/],
    [
      'see-professional',
      ['open soreness coach', 'I have a sharp pain in my calves', 'seven out of ten', 'no'],
      /get (it|this) checked/i,
    ],
  ])('%s', async (verdict, lines, spoken) => {
    const { turns, lastAdvice, open } = await conversation(lines);
    expect(turns.map((turn) => turn.speech).join(' ')).toMatch(spoken);
    expect(lastAdvice?.verdict).toBe(verdict);
    expect(open).toBe(false);
  });

  it('"my knee hurts, can I run" one-shot asks only how bad it is', async () => {
    const { last } = await conversation(['ask soreness coach my knee hurts, can I run']);
    expect(last.speech).toMatch(/one to ten/);
    expect(last.sessionOpen).toBe(true);
  });

  it('a spoken sleep answer can change the verdict', async () => {
    const { turns, lastAdvice } = await conversation([
      'open soreness coach',
      'I feel fine',
      'I slept four hours',
    ]);
    expect(turns.at(-1)?.speech).toMatch(/That changes my advice/);
    expect(lastAdvice?.verdict).toBe('modify');
  });

  it('a short night and little water said together: the new advice, and the water too', async () => {
    const { last, lastAdvice } = await conversation([
      'open soreness coach',
      'I feel fine',
      'only four hours, and not much water',
    ]);
    expect(last.speech).toMatch(/That changes my advice/);
    expect(last.speech).toMatch(/Drink water before and during your workout/);
    expect(lastAdvice?.verdict).toBe('modify');
    expect(last.sessionOpen).toBe(false);
  });

  it('an unknown body part is re-asked by name, never a dead end', async () => {
    const { last } = await conversation(['open soreness coach', 'my spleen hurts']);
    expect(last.speech).toMatch(/don't know that part of the body.*body part/);
    expect(last.speech).not.toContain('spleen');
    expect(last.sessionOpen).toBe(true);
  });

  it('chest pain is urgent at any point', async () => {
    const { last, lastAdvice } = await conversation([
      'open soreness coach',
      'my legs',
      'I have chest pain',
    ]);
    expect(last.speech).toMatch(/contact a doctor or emergency services on 911/);
    expect(lastAdvice?.urgent).toBe(true);
  });
});
