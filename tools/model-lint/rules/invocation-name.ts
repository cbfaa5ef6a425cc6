import { error, LANGUAGE_MODEL_PATH, type Problem } from '../problem';

/** Words that start or wake a skill; Alexa refuses them inside an invocation name. */
const LAUNCH_WORDS = new Set([
  'alexa',
  'amazon',
  'echo',
  'computer',
  'skill',
  'app',
  'launch',
  'ask',
  'tell',
  'open',
  'start',
  'load',
  'begin',
  'enable',
  'run',
  'resume',
  'use',
]);

const CONNECTING_WORDS = new Set([
  'a',
  'an',
  'the',
  'for',
  'to',
  'of',
  'on',
  'in',
  'at',
  'by',
  'with',
  'from',
  'about',
  'into',
]);

export function checkInvocationName(invocationName: string): Problem[] {
  const path = `${LANGUAGE_MODEL_PATH}.invocationName`;
  const problems: Problem[] = [];
  if (!/^[a-z' .]+$/.test(invocationName)) {
    problems.push(
      error(
        path,
        `invocation name "${invocationName}" may contain only lower-case letters, spaces, apostrophes and periods`,
      ),
    );
  }
  const words = invocationName.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length < 2) {
    problems.push(error(path, `invocation name "${invocationName}" needs at least two words`));
  }
  for (const word of words.filter((candidate) => LAUNCH_WORDS.has(candidate))) {
    problems.push(error(path, `invocation name contains the launch or wake word "${word}"`));
  }
  if (words.length === 2 && words.some((word) => CONNECTING_WORDS.has(word))) {
    problems.push(
      error(path, 'a two-word invocation name may not contain an article or a preposition'),
    );
  }
  return problems;
}
