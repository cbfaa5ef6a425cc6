import { renderScreen } from './screen-text';
import type { Turn } from './voice-session';

/** A turn as the transcript shows it: speech first, then reprompt, card and session state. */
export function renderTurn(turn: Turn): string {
  const lines = [`Alexa: ${turn.speech === '' ? '(says nothing)' : turn.speech}`];
  if (turn.reprompt) lines.push(`  (reprompt) ${turn.reprompt}`);
  if (turn.card) {
    // A card's lines are indented under its title so they never read as Alexa speaking.
    const body = turn.card.text.split('\n').map((line) => `         ${line}`);
    lines.push(`  [card] ${turn.card.title}`, ...body);
  }
  if (turn.screen) lines.push(...renderScreen(turn.screen));
  lines.push(turn.sessionOpen ? '  (session open)' : '  (session closed)');
  return lines.join('\n');
}

export function renderEnvelopes(turn: Turn): string {
  return [
    `request: ${JSON.stringify(turn.request, null, 2)}`,
    `response: ${JSON.stringify(turn.response, null, 2)}`,
  ].join('\n');
}

/** What Alexa understood, for model authors (--verbose): intent and filled slots. */
export function renderUnderstanding(turn: Turn): string {
  const request = turn.request.request;
  if (request.type !== 'IntentRequest') return `  (heard) ${request.type}`;
  const slots = Object.values(request.intent.slots ?? {})
    .filter((slot) => slot.value !== undefined)
    .map((slot) => {
      const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
      const id = resolution?.values?.[0]?.value.id;
      const resolved = resolution ? ` → ${id ?? 'no match'}` : '';
      return `${slot.name}="${slot.value}"${resolved}`;
    });
  return `  (heard) ${[request.intent.name, ...slots].join(' ')}`;
}
