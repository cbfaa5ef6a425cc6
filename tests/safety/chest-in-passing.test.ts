import { describe, expect, it } from 'vitest';
import { talk } from '../voice/speaker';

const CHEST_QUESTION = /chest muscles from training, or pain, pressure or tightness inside/;

/*
 * The model can hear a chest inside an answer to another question without placing it ("two
 * days, chest pain" to the days question matched a feel sample that kept "pain" as its own
 * word). A chest named anywhere is asked about, as "my chest hurts" is, even after the advice.
 */
describe('a chest named in passing is never passed over', () => {
  it('asks the chest question when the answer to the days question names a chest', async () => {
    const { said } = await talk([
      'open soreness coach',
      'my legs are really sore',
      'two days, and my chest hurts',
    ]);
    expect(said.at(-1)?.speech).toMatch(CHEST_QUESTION);
  });

  it('asks it after the advice too, and "inside" is urgent', async () => {
    const lines = ['open soreness coach', 'my legs are really sore', 'two days', 'no'];
    const { said, lastAdvice } = await talk([...lines, 'six hours but my chest hurts', 'inside']);
    expect(said.at(-2)?.speech).toMatch(CHEST_QUESTION);
    expect(lastAdvice).toMatchObject({ verdict: 'see-professional', urgent: true });
  });

  it('carries on when the chest is the muscles', async () => {
    const lines = ['open soreness coach', 'my legs are really sore', 'two days', 'no'];
    const { said, lastAdvice } = await talk([
      ...lines,
      'six hours but my chest hurts',
      'the muscle, from bench press',
    ]);
    expect(said.at(-1)?.speech).toMatch(/water/);
    expect(lastAdvice).toMatchObject({ verdict: 'rest', urgent: false });
  });

  it.each([
    ['a plan', ['open soreness coach', 'my legs are sore, can I do chest today']],
    [
      'a chest day',
      [
        'open soreness coach',
        'my legs are sore',
        'five',
        'two days',
        'no',
        'eight hours, I did chest day yesterday',
      ],
    ],
  ])('does not ask when the chest is %s', async (_, lines) => {
    const { said } = await talk(lines);
    expect(said.at(-1)?.speech).not.toMatch(CHEST_QUESTION);
  });
});
