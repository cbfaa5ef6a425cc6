/**
 * The catalogue's opening lines, apart from the rest of it (en-US.ts) so that a LaunchRequest
 * loads only these; PHRASES in en-US.ts holds them too.
 */
export const DISCLAIMER = "I'm a training guide, not a doctor.";

export const OPENING_PHRASES = {
  launch: [
    `Hi! ${DISCLAIMER} Where are you sore?`,
    `Welcome to Soreness Coach. ${DISCLAIMER} Where are you sore today?`,
  ],
  launchReprompt: 'Where are you sore? You can say legs or back, or: I am not sore.',
} as const;
