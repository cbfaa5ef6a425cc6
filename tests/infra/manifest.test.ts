import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSkillManifest, publishingLocales } from '../../infra/skill-package';
import { LOCALE_SPEECH, SKILL_LOCALES } from '../../lambda/skill/speech/locales';
import { PROJECT_ROOT } from './synth-helpers';

const MODEL_DIR = join(PROJECT_ROOT, 'interaction-model');
const raw = JSON.parse(readFileSync(join(MODEL_DIR, 'skill.json'), 'utf8'));
const manifest = parseSkillManifest(raw);
const enUS = manifest.manifest.publishingInformation.locales['en-US'];

describe('interaction-model/skill.json', () => {
  it('publishes exactly the locales that have an interaction model', () => {
    const modelLocales = readdirSync(MODEL_DIR)
      .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
      .map((file) => file.replace('.json', ''))
      .sort();
    expect(publishingLocales(manifest)).toEqual(modelLocales);
  });

  it('names the skill and files it under health and fitness', () => {
    expect(enUS?.name).toBe('Soreness Coach');
    expect(manifest.manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
  });

  it.each(Object.entries(LOCALE_SPEECH))(
    '%s: no substitute for medical advice, and the emergency number to call there',
    (locale, speech) => {
      const info = manifest.manifest.publishingInformation.locales[locale];
      expect(info?.description).toMatch(/not a substitute for professional medical advice/i);
      expect(info?.description).toContain(
        `In an emergency, call emergency services on ${speech.emergencyNumber}.`,
      );
    },
  );

  it('is published in every English-speaking Alexa country, its locales and no others', () => {
    const { locales } = manifest.manifest.publishingInformation;
    expect(Object.keys(locales).sort()).toEqual([...SKILL_LOCALES].sort());
    expect(raw.manifest.publishingInformation.distributionCountries.sort()).toEqual([
      'AU',
      'CA',
      'GB',
      'IN',
      'US',
    ]);
    expect(raw.manifest.publishingInformation.isAvailableWorldwide).toBe(false);
  });

  it('declares CanFulfillIntentRequest (name-free routing) and APL (screens) for hubs and TVs', () => {
    const interfaces: Array<{
      type: string;
      supportedViewports?: Array<{ mode: string; shape: string }>;
    }> = raw.manifest.apis.custom.interfaces;
    expect(interfaces.map((entry) => entry.type)).toEqual([
      'CAN_FULFILL_INTENT_REQUEST',
      'ALEXA_PRESENTATION_APL',
    ]);
    const viewports = interfaces[1]?.supportedViewports?.map(
      (view) => `${view.mode} ${view.shape}`,
    );
    expect(viewports).toEqual(['HUB ROUND', 'HUB RECTANGLE', 'TV RECTANGLE']);
  });

  it('offers three example phrases: open, a plain one-shot, and one after a connecting word', () => {
    // tests/skill/manifest-phrases.test.ts checks each against the interaction model.
    expect(enUS?.examplePhrases).toEqual([
      'Alexa, open soreness coach',
      'Alexa, ask soreness coach should I train today',
      'Alexa, ask soreness coach if I can work out with sore legs',
    ]);
  });

  it('says exactly what the log keeps, for how long, and that answers are never stored', () => {
    expect(enUS?.description).toMatch(
      /answers are used only during the conversation and are never stored/,
    );
    expect(enUS?.description).toMatch(
      /log keeps, for one month, only what kind of answer each request carried .*, the advice given .* and a request id; never what you said/,
    );
    // tests/docs/privacy-policy.test.ts ties these words to the logger's fields and the stack.
  });

  it('declares no personal data, ads, purchases or child audience, and asks no permissions', () => {
    expect(manifest.manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      containsAds: false,
      usesHealthInfo: false,
    });
    expect(manifest.manifest).not.toHaveProperty('permissions');
  });

  it('leaves the endpoint, icons and policy URLs to package:skill', () => {
    // file:// icon URIs resolve only inside a package; `ask smapi create-skill-for-vendor
    // --manifest` would refuse them here.
    expect(manifest.manifest.apis.custom.endpoint).toBeUndefined();
    expect(enUS?.smallIconUri).toBeUndefined();
    expect(enUS?.largeIconUri).toBeUndefined();
    expect(manifest.manifest.privacyAndCompliance.locales).toBeUndefined();
  });
});
