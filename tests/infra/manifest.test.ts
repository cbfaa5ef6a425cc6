import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSkillManifest, publishingLocales } from '../../infra/skill-package';
import { PROJECT_ROOT } from './synth-helpers';

const MODEL_DIR = join(PROJECT_ROOT, 'interaction-model');
const manifest = parseSkillManifest(
  JSON.parse(readFileSync(join(MODEL_DIR, 'skill.json'), 'utf8')),
);
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

  it('says it is no substitute for medical advice and to call the emergency number', () => {
    expect(enUS?.description).toMatch(/not a substitute for professional medical advice/i);
    expect(enUS?.description).toMatch(/emergency, call your local emergency number/i);
  });

  it('offers the three agreed example phrases', () => {
    expect(enUS?.examplePhrases).toEqual([
      'Alexa, open soreness coach',
      'Alexa, ask soreness coach should I train today',
      'Alexa, ask soreness coach if I can work out with sore legs',
    ]);
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

  it('leaves the endpoint and policy URLs to package:skill', () => {
    expect(manifest.manifest.apis.custom.endpoint).toBeUndefined();
    expect(manifest.manifest.privacyAndCompliance.locales).toBeUndefined();
  });
});
