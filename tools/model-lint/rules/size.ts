import { error, type Problem } from '../problem';

/**
 * SMAPI refuses an interaction model whose definition is longer than 1,000,000 characters
 * ("modelDefinition ... must have length less than or equal to 1000000"), whatever the console
 * would show. Measured as the model is sent: compact JSON.
 */
export const MAX_MODEL_CHARACTERS = 1_000_000;

export function checkSize(json: unknown): Problem[] {
  const length = JSON.stringify(json).length;
  return length > MAX_MODEL_CHARACTERS
    ? [
        error(
          '$',
          `the model is ${length} characters as compact JSON; Alexa accepts at most ${MAX_MODEL_CHARACTERS}`,
        ),
      ]
    : [];
}
