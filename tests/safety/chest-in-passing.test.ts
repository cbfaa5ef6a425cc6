import { describe, expect, it } from 'vitest';
import { talk } from '../voice/speaker';

const CHEST_QUESTION = /chest muscles from training, or pain, pressure or tightness inside/;

/*
 * A chest can come inside an answer to another question ("two days, and my chest hurts" to the
 * days question). A chest named anywhere is asked about, as "my chest hurts" is, even after the
 * advice; chest pain said outright is the warning sign at once.
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

  it('takes chest pain said outright in an answer to the days question as urgent at once', async () => {
    const { lastAdvice } = await talk([
      'open soreness coach',
      'my legs are really sore',
      'two days, chest pain',
    ]);
    expect(lastAdvice).toMatchObject({ verdict: 'see-professional', urgent: true });
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
