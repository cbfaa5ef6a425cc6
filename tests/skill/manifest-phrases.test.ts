import { describe, expect, it } from 'vitest';
import manifest from '../../interaction-model/skill.json';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { loadInteractionModel } from '../../simulator';
import { compileModel } from '../../simulator/nlu/compile-model';
import { understand } from '../../simulator/nlu/understand';

const locales = Object.entries(manifest.manifest.publishingInformation.locales);

describe('the manifest example phrases are utterances of the model', () => {
  it.each(locales)('%s', (locale, info) => {
    const model = compileModel(loadInteractionModel(locale).interactionModel.languageModel);
    expect(info.examplePhrases.length).toBeGreaterThanOrEqual(1);
    for (const phrase of info.examplePhrases) {
      // Alexa's certification requires the wake word, then the invocation name.
      expect(phrase).toMatch(/^Alexa, (open|ask) soreness coach/);
      const understood = understand(model, phrase.replace(/^Alexa, /, ''), LOCAL_SKILL_ID);
      if (understood.kind === 'launch') continue;
      expect(understood.kind, phrase).toBe('intent');
      if (understood.kind !== 'intent') continue;
      expect(understood.intent.name, phrase).not.toBe('AMAZON.FallbackIntent');
      for (const slot of Object.values(understood.intent.slots ?? {})) {
        if (slot.value === undefined) continue;
        const status = slot.resolutions?.resolutionsPerAuthority[0]?.status.code;
        expect(status ?? 'ER_SUCCESS_MATCH', `${phrase}: {${slot.name}}`).toBe('ER_SUCCESS_MATCH');
      }
    }
  });
});
