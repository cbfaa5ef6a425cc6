/**
 * The catalogue's lines that must not wait for the rest of it to load (en-US.ts, whose PHRASES
 * holds them too): the opening, which is all a LaunchRequest says, and the apology for a turn
 * that failed, which may be a turn whose code did not load.
 */
export const DISCLAIMER = "I'm a training guide, not a doctor.";

export const OPENING_PHRASES = {
  launch: [
    `Hi! ${DISCLAIMER} Where are you sore?`,
    `Welcome to Soreness Coach. ${DISCLAIMER} Where are you sore today?`,
  ],
  launchReprompt: 'Where are you sore? You can say legs or back, or: I am not sore.',
  error: "Sorry, I had trouble with that. Let's try again: where are you sore? Or say stop.",
  errorReprompt: 'Where are you sore? Or say stop.',
} as const;
