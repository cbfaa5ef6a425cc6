import { describe, expect, it } from 'vitest';
import { talk } from '../voice/speaker';

/** Brings a check to the safety question: dull legs at eight for two days. */
const TO_THE_SCREEN = ['open soreness coach', 'my legs ache', 'eight', 'two days'];

/**
 * The safety question ends "…or can't move it? Yes or no?", so an answer that says what
 * someone cannot do is a yes to it, however the model files it (a movement limit, a sign):
 * the urgent advice, never the unclear answer's rest.
 */
describe('what someone cannot do, said to the safety question, is a yes', () => {
  it.each([
    "i can't really move my arm",
    'i can barely lift my leg',
    "it won't bend at all",
    "honestly i can't put weight on it",
  ])('"%s"', async (answer) => {
    const { lastAdvice } = await talk([...TO_THE_SCREEN, answer]);
    expect(lastAdvice?.verdict).toBe('see-professional');
    expect(lastAdvice?.urgent).toBe(true);
  });
});
