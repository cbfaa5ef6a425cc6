import { describe, expect, it } from 'vitest';
import manifest from '../../interaction-model/skill.json';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { loadInteractionModel } from '../../simulator';
import { compileModel } from '../../simulator/nlu/compile-model';
import { normaliseWords } from '../../simulator/nlu/normalise';
import { FALLBACK_INTENT, recogniseIntent } from '../../simulator/nlu/recognise-intent';
import type { CompiledModel } from '../../simulator/nlu/types';

const locales = Object.entries(manifest.manifest.publishingInformation.locales);

/** The words Alexa drops between the skill's name and the request ("ask … if …"). */
const CONNECTING_WORDS = new Set([
  'to',
  'for',
  'about',
  'if',
  'whether',
  'that',
  'and',
  'from',
  'using',
]);
const LAUNCH = /^alexa (open|start|launch|begin) (.+)$/;
const ONE_SHOT = /^alexa (ask|tell) (.+)$/;

/**
 * What certification would object to in one example phrase: it must start with the wake word
 * and the invocation name; a one-shot's request must be a sample of the model, word for word,
 * every slot value resolving. After a connecting word, what follows must itself be a sample:
 * Alexa drops the connecting word before it matches, so a sample that starts with "if …" does
 * not count.
 */
function problemsWith(phrase: string, model: CompiledModel): string[] {
  const invocation = model.invocationWords.join(' ');
  const spoken = normaliseWords(phrase).join(' ');
  const launch = LAUNCH.exec(spoken);
  if (launch) return launch[2] === invocation ? [] : [`does not open "${invocation}"`];
  const oneShot = ONE_SHOT.exec(spoken);
  if (!oneShot?.[2]?.startsWith(`${invocation} `)) {
    return [`does not start "Alexa, ask ${invocation}" or "Alexa, open ${invocation}"`];
  }
  const request = oneShot[2].slice(invocation.length + 1).split(' ');
  const [first = '', ...rest] = request;
  const utterance = CONNECTING_WORDS.has(first) ? rest : request;
  const said = `"${utterance.join(' ')}"${utterance === rest ? ` (after "${first}")` : ''}`;
  const intent = recogniseIntent(model, utterance, LOCAL_SKILL_ID);
  if (intent.name === FALLBACK_INTENT) return [`${said} is no sample of the model`];
  return Object.values(intent.slots ?? {}).flatMap((slot) => {
    if (slot.value === undefined) return [];
    const status = slot.resolutions?.resolutionsPerAuthority[0]?.status.code ?? 'ER_SUCCESS_MATCH';
    return status === 'ER_SUCCESS_MATCH'
      ? []
      : [`${said}: {${slot.name}} "${slot.value}" does not resolve (${intent.name})`];
  });
}

describe('the manifest example phrases', () => {
  it.each(locales)('%s: each is a launch or a sample of the model', (locale, info) => {
    const model = compileModel(loadInteractionModel(locale).interactionModel.languageModel);
    expect(info.examplePhrases.length).toBeGreaterThanOrEqual(1);
    for (const phrase of info.examplePhrases) {
      expect(problemsWith(phrase, model), phrase).toEqual([]);
    }
  });
});

describe('the example-phrase check', () => {
  // A small model of its own, so these cases do not move when the real model grows.
  const model = compileModel({
    invocationName: 'soreness coach',
    intents: [
      {
        name: 'CheckInIntent',
        slots: [{ name: 'area', type: 'AREA' }],
        samples: ['if I can train with sore {area}', 'should I train today', 'my {area} are sore'],
      },
    ],
    types: [{ name: 'AREA', values: [{ name: { value: 'legs', synonyms: [] } }] }],
  });

  it('accepts a launch, a plain one-shot and a sample after a connecting word', () => {
    for (const phrase of [
      'Alexa, open soreness coach',
      'Alexa, ask soreness coach should I train today',
      'Alexa, ask soreness coach whether my legs are sore',
    ]) {
      expect(problemsWith(phrase, model), phrase).toEqual([]);
    }
  });

  it('refuses a request that is a sample only with its connecting word', () => {
    expect(problemsWith('Alexa, ask soreness coach if I can train with sore legs', model)).toEqual([
      '"i can train with sore legs" (after "if") is no sample of the model',
    ]);
  });

  it('refuses a slot value the model does not know, and a missing wake word or name', () => {
    expect(problemsWith('Alexa, ask soreness coach my arms are sore', model)).toEqual([
      '"my arms are sore": {area} "arms" does not resolve (CheckInIntent)',
    ]);
    expect(problemsWith('ask soreness coach should I train today', model)).toHaveLength(1);
    expect(problemsWith('Alexa, ask sore coach should I train today', model)).toHaveLength(1);
  });
});
