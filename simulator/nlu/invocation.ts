/** How an utterance reaches the skill: opening it, a one-shot, or inside a session. */
export type Invocation =
  | { kind: 'launch' }
  | { kind: 'one-shot'; words: string[] }
  | { kind: 'in-session'; words: string[] };

const LAUNCH_VERBS = new Set(['open', 'start', 'launch', 'begin', 'load', 'play', 'run']);
const ONE_SHOT_VERBS = new Set(['ask', 'tell']);

/** Reads "open soreness coach", "ask soreness coach <utterance>" and plain utterances. */
export function parseInvocation(
  words: readonly string[],
  invocationWords: readonly string[],
): Invocation {
  // "Alexa, …" and "hey Alexa, …": the wake word is the device's, never the skill's.
  const wake = words[0] === 'hey' && words[1] === 'alexa' ? 2 : words[0] === 'alexa' ? 1 : 0;
  const spoken = words.slice(wake);
  const verb = spoken[0] ?? '';
  const namesSkill = invocationWords.every((word, index) => spoken[index + 1] === word);
  if (!namesSkill || invocationWords.length === 0) return { kind: 'in-session', words: spoken };
  const rest = spoken.slice(1 + invocationWords.length);
  if (LAUNCH_VERBS.has(verb) && rest.length === 0) return { kind: 'launch' };
  if (ONE_SHOT_VERBS.has(verb)) {
    return rest.length === 0 ? { kind: 'launch' } : { kind: 'one-shot', words: rest };
  }
  return { kind: 'in-session', words: spoken };
}

/** Words Alexa drops between the skill name and the request ("ask soreness coach to …"). */
export const CONNECTING_WORDS = new Set(['to', 'for', 'that', 'and', 'about', 'if', 'whether']);
