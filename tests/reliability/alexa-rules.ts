import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { ssmlProblems } from './ssml';

/** Alexa refuses output speech longer than this. */
export const MAX_SPEECH_CHARACTERS = 8000;

function speechProblems(label: string, speech: ui.OutputSpeech | undefined): string[] {
  if (!speech) return [`${label}: missing`];
  if (speech.type !== 'SSML') return [`${label}: type ${speech.type}, expected SSML`];
  const problems = ssmlProblems(speech.ssml).map((problem) => `${label}: ${problem}`);
  if (speech.ssml.length > MAX_SPEECH_CHARACTERS) {
    problems.push(`${label}: ${speech.ssml.length} characters`);
  }
  return problems;
}

/**
 * Everything that makes an answer acceptable to Alexa (issue 7): well-formed SSML within the
 * length limit, a reprompt whenever the session stays open, and silence on SessionEndedRequest
 * and CanFulfillIntentRequest.
 */
export function alexaResponseProblems(requestType: string, envelope: ResponseEnvelope): string[] {
  const { response } = envelope;
  if (envelope.version !== '1.0') return [`version ${String(envelope.version)}`];
  if (requestType === 'SessionEndedRequest') {
    return response.outputSpeech || response.reprompt || response.card
      ? ['SessionEndedRequest answered with speech, reprompt or card']
      : [];
  }
  // Amazon requires the answer to "could you take this?" to say and change nothing.
  if (requestType === 'CanFulfillIntentRequest') {
    const problems = response.canFulfillIntent ? [] : ['CanFulfillIntentRequest without an answer'];
    if (response.outputSpeech || response.reprompt || response.card) {
      problems.push('CanFulfillIntentRequest answered with speech, reprompt or card');
    }
    return problems;
  }
  // Skill events, messages and Alexa's error reports come outside a session and play nothing.
  if (/^(AlexaSkillEvent\.|Messaging\.|System\.ExceptionEncountered$)/.test(requestType)) {
    return response.outputSpeech ||
      response.reprompt ||
      response.card ||
      response.directives?.length
      ? [`${requestType} answered with speech, reprompt, card or directive`]
      : [];
  }
  const problems = speechProblems('outputSpeech', response.outputSpeech);
  if (typeof response.shouldEndSession !== 'boolean') {
    problems.push('shouldEndSession is not set explicitly');
  }
  if (response.shouldEndSession === false) {
    problems.push(...speechProblems('reprompt', response.reprompt?.outputSpeech));
  }
  if (response.shouldEndSession === true && response.reprompt) {
    problems.push('a reprompt on a response that ends the session');
  }
  return problems;
}
