import { escapeXmlCharacters } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { alexaResponseProblems } from './alexa-rules';
import { ssmlProblems } from './ssml';

// The fuzz properties are only as strong as these checkers, so the checkers are tested too.
describe('the SSML checker', () => {
  it.each([
    '<speak>Hello.</speak>',
    '<speak>Tom &amp; Jerry &lt;3 &#38; &#x26; "quoted" it\'s</speak>',
    '<speak><p>One.</p><break time="1s"/><s>Two &gt; one.</s></speak>',
    `<speak>${escapeXmlCharacters('<tag> & "q" \'a\' ]]>')}</speak>`,
  ])('accepts well-formed SSML: %s', (ssml) => {
    expect(ssmlProblems(ssml)).toEqual([]);
  });

  it.each([
    ['Hello.', /no <speak> root/],
    ['<speak>Tom & Jerry</speak>', /raw "&"/],
    ['<speak>a < b</speak>', /raw "<"/],
    ['<speak>x ]]> y</speak>', /"]]>"/],
    ['<speak><p>open</speak>', /closes <p>/],
    ['<speak>one</speak><speak>two</speak>', /outside the single <speak> root/],
    ['<speak>one</speak> trailing', /text outside/],
    ['<speak><script>x</script></speak>', /unknown tag <script>/],
    ['<speak><break time="1s></speak>', /malformed tag/],
    ['<speak>unclosed', /unclosed <speak>/],
  ])('rejects %s', (ssml, problem) => {
    expect(ssmlProblems(ssml).join('\n')).toMatch(problem);
  });
});

const answer = (response: ResponseEnvelope['response']): ResponseEnvelope => ({
  version: '1.0',
  response,
});
const ssml = (text: string) => ({ type: 'SSML' as const, ssml: `<speak>${text}</speak>` });

describe('the Alexa response rules', () => {
  it('accepts an open turn with a reprompt and a closing turn without one', () => {
    const open = answer({
      outputSpeech: ssml('Where?'),
      reprompt: { outputSpeech: ssml('Where?') },
      shouldEndSession: false,
    });
    expect(alexaResponseProblems('IntentRequest', open)).toEqual([]);
    const closed = answer({ outputSpeech: ssml('Bye.'), shouldEndSession: true });
    expect(alexaResponseProblems('IntentRequest', closed)).toEqual([]);
    expect(alexaResponseProblems('SessionEndedRequest', answer({}))).toEqual([]);
  });

  it('rejects an open session without a reprompt, speech on SessionEnded and overlong speech', () => {
    const noReprompt = answer({ outputSpeech: ssml('Where?'), shouldEndSession: false });
    expect(alexaResponseProblems('IntentRequest', noReprompt)).toContain('reprompt: missing');
    const spoken = answer({ outputSpeech: ssml('Bye.') });
    expect(alexaResponseProblems('SessionEndedRequest', spoken)).toHaveLength(1);
    const long = answer({ outputSpeech: ssml('a'.repeat(8000)), shouldEndSession: true });
    expect(alexaResponseProblems('IntentRequest', long)).toEqual(['outputSpeech: 8015 characters']);
    const implicit = answer({ outputSpeech: ssml('Hm.') });
    expect(alexaResponseProblems('LaunchRequest', implicit)).toContain(
      'shouldEndSession is not set explicitly',
    );
  });
});
