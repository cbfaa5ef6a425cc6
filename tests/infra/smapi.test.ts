import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { v1 } from 'ask-smapi-model';
import { afterAll, describe, expect, it } from 'vitest';
import {
  INTERACTION_MODEL_DEFINITION,
  MANIFEST_DEFINITION,
  smapiViolations,
  withoutNameFreeInteraction,
  writeSkillPackage,
} from '../../infra/skill-package';
import enAU from '../../interaction-model/en-AU.json';
import enCA from '../../interaction-model/en-CA.json';
import enGB from '../../interaction-model/en-GB.json';
import enIN from '../../interaction-model/en-IN.json';
import enUS from '../../interaction-model/en-US.json';
import manifestJson from '../../interaction-model/skill.json';
import type { AsJson, KnownFieldsOnly } from './smapi-types';
import { PROJECT_ROOT } from './synth-helpers';

type Manifest = v1.skill.Manifest.SkillManifestEnvelope;
type Model = v1.skill.interactionModel.InteractionModelData;

/*
 * Compile-time half: `tsc` (npm test's typecheck step) fails when a file has a field SMAPI
 * does not declare, misses a field SMAPI requires, or nests one wrongly. tsc reads the 1.3 MB
 * en-US.json as it reads any JSON import: the samples are string arrays, so its type stays
 * small (measured: well under a second and a few MB on top of the whole typecheck). Strings
 * are widened, so enum values are left to the runtime half below.
 */
const TYPE_CHECKED_MANIFEST = manifestJson satisfies AsJson<Manifest> &
  KnownFieldsOnly<typeof manifestJson, Manifest>;

/**
 * A model without the name-free container, which Amazon documents apart from SMAPI's spec (see
 * withoutNameFreeInteraction); the model linter checks that part.
 */
type SpecPart<T extends { interactionModel: object }> = {
  [K in keyof T]: K extends 'interactionModel' ? Omit<T[K], '_nameFreeInteraction'> : T[K];
};
const specPartOf = <T extends { interactionModel: object }>(model: T) =>
  withoutNameFreeInteraction(model) as SpecPart<T>;
const usModel = specPartOf(enUS);
const gbModel = specPartOf(enGB);
const caModel = specPartOf(enCA);
const auModel = specPartOf(enAU);
const inModel = specPartOf(enIN);

/** Every interaction-model/<locale>.json; a test below fails when a locale is missing here. */
const TYPE_CHECKED_MODELS = {
  'en-US': usModel satisfies AsJson<Model> & KnownFieldsOnly<typeof usModel, Model>,
  'en-GB': gbModel satisfies AsJson<Model> & KnownFieldsOnly<typeof gbModel, Model>,
  'en-CA': caModel satisfies AsJson<Model> & KnownFieldsOnly<typeof caModel, Model>,
  'en-AU': auModel satisfies AsJson<Model> & KnownFieldsOnly<typeof auModel, Model>,
  'en-IN': inModel satisfies AsJson<Model> & KnownFieldsOnly<typeof inModel, Model>,
};

// The helpers themselves, on known-bad values; an unused @ts-expect-error fails tsc.
const misspelt = {
  manifest: { publishingInformation: { locales: { 'en-US': { name: 'N', summry: 'S' } } } },
};
// @ts-expect-error `summry` is not a SMAPI field
misspelt satisfies KnownFieldsOnly<typeof misspelt, Manifest>;
const nameless = {
  manifest: { publishingInformation: { locales: { 'en-US': { summary: 'S' } } } },
};
// @ts-expect-error every locale needs a name
nameless satisfies AsJson<Manifest>;
const intentWithoutName = {
  interactionModel: { languageModel: { invocationName: 'x', intents: [{ samples: ['hi'] }] } },
};
// @ts-expect-error an intent needs a name
intentWithoutName satisfies AsJson<Model>;
const slotTypo = {
  interactionModel: { languageModel: { invocationName: 'x', intents: [{ name: 'A', slotz: [] }] } },
};
// @ts-expect-error `slotz` is not a SMAPI field, however deep
slotTypo satisfies KnownFieldsOnly<typeof slotTypo, Model>;

const MODEL_DIR = join(PROJECT_ROOT, 'interaction-model');
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:SorenessCoach-SkillFunction-AbC123';
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the manifest and interaction models against SMAPI (ask-smapi-model spec.json)', () => {
  it('type-checks every interaction model on disk', () => {
    const onDisk = readdirSync(MODEL_DIR)
      .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
      .map((file) => file.replace('.json', ''))
      .sort();
    expect(Object.keys(TYPE_CHECKED_MODELS).sort()).toEqual(onDisk);
  });

  it('finds no violation in interaction-model/skill.json', () => {
    expect(smapiViolations(MANIFEST_DEFINITION, TYPE_CHECKED_MANIFEST)).toEqual([]);
  });

  it.each(Object.entries(TYPE_CHECKED_MODELS))(
    'finds no violation in %s.json',
    (_locale, model) => {
      expect(smapiViolations(INTERACTION_MODEL_DEFINITION, model)).toEqual([]);
    },
  );

  it('finds no violation in the packaged manifest (endpoint, icons and policy URLs added)', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'smapi-test-'));
    made.push(outDir);
    writeSkillPackage({
      modelDir: MODEL_DIR,
      outDir,
      endpointArn: ARN,
      urls: { privacyPolicyUrl: 'https://example.org/privacy' },
    });
    const packaged: unknown = JSON.parse(
      readFileSync(join(outDir, 'skill-package', 'skill.json'), 'utf8'),
    );
    expect(smapiViolations(MANIFEST_DEFINITION, packaged)).toEqual([]);
  });

  it('names what SMAPI would refuse: unknown fields, missing names, lengths, enums', () => {
    const broken = structuredClone(manifestJson) as unknown as {
      manifest: {
        manifestVersion: string;
        publishingInformation: {
          distributionCountries: string[];
          locales: Record<string, Record<string, unknown>>;
        };
      };
    };
    const enUSInfo = broken.manifest.publishingInformation.locales['en-US'] ?? {};
    enUSInfo.summry = 'typo';
    enUSInfo.summary = 'x'.repeat(161);
    delete enUSInfo.name;
    broken.manifest.publishingInformation.distributionCountries = ['XX'];
    broken.manifest.manifestVersion = '2.0';
    expect(smapiViolations(MANIFEST_DEFINITION, broken).sort()).toEqual([
      '$.manifest.manifestVersion: "2.0" is not one of 1 allowed values',
      '$.manifest.publishingInformation.distributionCountries[0]: "XX" is not one of 241 allowed values',
      '$.manifest.publishingInformation.locales.en-US.name: required, missing',
      '$.manifest.publishingInformation.locales.en-US.summary: 161 characters, more than 160',
      '$.manifest.publishingInformation.locales.en-US.summry: not a field SMAPI knows',
    ]);
  });

  it('checks deep inside a model, and types chosen by a discriminator', () => {
    const model = {
      interactionModel: {
        languageModel: {
          invocationName: 'soreness coach',
          intents: [{ name: 'CheckInIntent', samples: ['hi'], slotz: [] }],
          types: [
            { name: 'AREA', values: [{ name: { value: 'legs' } }] },
            { name: 'CATALOGUED', valueSupplier: { type: 'NoSuchSupplier' } },
            {
              name: 'INLINE',
              valueSupplier: { type: 'InlineValueSupplier', values: [{ name: { value: 'x' } }] },
            },
          ],
        },
      },
    };
    expect(smapiViolations(INTERACTION_MODEL_DEFINITION, model).sort()).toEqual([
      '$.interactionModel.languageModel.intents[0].slotz: not a field SMAPI knows',
      '$.interactionModel.languageModel.types[0].values[0].name.synonyms: required, missing',
      '$.interactionModel.languageModel.types[1].valueSupplier.type: "NoSuchSupplier" is not a known type',
      '$.interactionModel.languageModel.types[2].valueSupplier.values[0].name.synonyms: required, missing',
    ]);
  });

  it('refuses to write a package SMAPI would reject, and writes nothing', () => {
    const modelDir = mkdtempSync(join(tmpdir(), 'smapi-test-'));
    made.push(modelDir);
    cpSync(MODEL_DIR, modelDir, { recursive: true });
    const withTypo = structuredClone(manifestJson) as {
      manifest: { publishingInformation: { locales: Record<string, Record<string, unknown>> } };
    };
    const locale = withTypo.manifest.publishingInformation.locales['en-US'];
    if (locale) locale.examplePhrasez = ['Alexa, open soreness coach'];
    writeFileSync(join(modelDir, 'skill.json'), JSON.stringify(withTypo));
    const outDir = join(modelDir, 'out');
    expect(() => writeSkillPackage({ modelDir, outDir, endpointArn: ARN, urls: {} })).toThrow(
      /en-US\.examplePhrasez: not a field SMAPI knows/,
    );
    expect(existsSync(outDir)).toBe(false);
  });
});
