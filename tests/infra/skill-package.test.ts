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
import { afterAll, describe, expect, it } from 'vitest';
import {
  MISSING_PRIVACY_POLICY_MESSAGE,
  parsePackageSkillArgs,
  policyUrlsFromEnv,
  writeSkillPackage,
} from '../../infra/skill-package';
import { MAX_MODEL_CHARACTERS } from '../../tools/model-lint/rules/size';
import { PROJECT_ROOT, SKILL_ID } from './synth-helpers';

const MODEL_DIR = join(PROJECT_ROOT, 'interaction-model');
const ARN =
  'arn:aws:lambda:us-east-1:123456789012:function:SorenessCoach-SkillFunction63F28660-AbC123';

const made: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'package-skill-test-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const PRIVACY = 'https://coach.example.org/privacy';
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function errorMessageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected it to throw');
}

/** One line, naming the option, with none of zod's issue list (JSON) in it. */
function expectOnePlainSentence(message: string, option: string): void {
  expect(message).toContain(option);
  expect(message).not.toContain('\n');
  expect(message).not.toMatch(/"code"|"path"|^\s*\[/);
  expect(message).toMatch(/\.$/);
}

describe('writeSkillPackage', () => {
  it('writes the ASK CLI v2 layout with the Lambda as the endpoint', () => {
    const outDir = freshDir();
    const result = writeSkillPackage({ modelDir: MODEL_DIR, outDir, endpointArn: ARN, urls: {} });

    expect(readJson(join(outDir, 'ask-resources.json'))).toEqual({
      askcliResourcesVersion: '2020-03-31',
      profiles: { default: { skillMetadata: { src: './skill-package' } } },
    });
    const manifest = readJson(join(outDir, 'skill-package', 'skill.json'));
    expect(manifest).toMatchObject({ manifest: { apis: { custom: { endpoint: { uri: ARN } } } } });
    expect(result.skillPackageDir).toBe(join(outDir, 'skill-package'));
  });

  it('writes one interaction model per locale: the source model, its name-free phrases left out', () => {
    const outDir = freshDir();
    const { locales } = writeSkillPackage({
      modelDir: MODEL_DIR,
      outDir,
      endpointArn: ARN,
      urls: {},
    });
    const sourceLocales = readdirSync(MODEL_DIR)
      .filter((file) => /^[a-z]{2}-[A-Z]{2}\.json$/.test(file))
      .map((file) => file.replace('.json', ''))
      .sort();
    expect(locales).toEqual(sourceLocales);
    const written = readdirSync(
      join(outDir, 'skill-package', 'interactionModels', 'custom'),
    ).sort();
    expect(written).toEqual(sourceLocales.map((locale) => `${locale}.json`));
    for (const locale of sourceLocales) {
      const written = join(
        outDir,
        'skill-package',
        'interactionModels',
        'custom',
        `${locale}.json`,
      );
      const { _nameFreeInteraction: nameFree, ...rest } = (
        readJson(join(MODEL_DIR, `${locale}.json`)) as { interactionModel: Record<string, unknown> }
      ).interactionModel;
      expect(nameFree, locale).toBeDefined();
      const source = { interactionModel: rest };
      expect(readJson(written)).toEqual(source);
      // Compact, so the file holds no more characters than the linter's size check measured.
      const text = readFileSync(written, 'utf8');
      expect(text.length).toBe(JSON.stringify(source).length);
      expect(text.length).toBeLessThanOrEqual(MAX_MODEL_CHARACTERS);
    }
  });

  it('keeps the name-free phrases only when asked (--name-free, once the skill is live)', () => {
    const outDir = freshDir();
    writeSkillPackage({ modelDir: MODEL_DIR, outDir, endpointArn: ARN, urls: {}, nameFree: true });
    for (const locale of ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN']) {
      const path = join(outDir, 'skill-package', 'interactionModels', 'custom', `${locale}.json`);
      expect(readJson(path)).toEqual(readJson(join(MODEL_DIR, `${locale}.json`)));
    }
    // CanFulfillIntentRequest, which name-free routing asks, stays declared either way.
    const manifest = readJson(join(outDir, 'skill-package', 'skill.json'));
    expect(JSON.stringify(manifest)).toContain('CAN_FULFILL_INTENT_REQUEST');
  });

  it('adds policy URLs to every locale only when configured', () => {
    const without = freshDir();
    writeSkillPackage({ modelDir: MODEL_DIR, outDir: without, endpointArn: ARN, urls: {} });
    expect(JSON.stringify(readJson(join(without, 'skill-package', 'skill.json')))).not.toMatch(
      /privacyPolicyUrl|termsOfUseUrl/,
    );

    const withUrls = freshDir();
    const urls = {
      privacyPolicyUrl: 'https://coach.example.org/privacy',
      termsOfUseUrl: 'https://coach.example.org/terms',
    };
    writeSkillPackage({ modelDir: MODEL_DIR, outDir: withUrls, endpointArn: ARN, urls });
    expect(readJson(join(withUrls, 'skill-package', 'skill.json'))).toMatchObject({
      manifest: { privacyAndCompliance: { locales: { 'en-US': urls } } },
    });
  });

  it('writes a package for certification with every field the submission asks for', () => {
    const outDir = freshDir();
    writeSkillPackage({
      modelDir: MODEL_DIR,
      outDir,
      endpointArn: ARN,
      urls: { privacyPolicyUrl: PRIVACY },
    });
    const packageDir = join(outDir, 'skill-package');
    const { manifest } = readJson(join(packageDir, 'skill.json')) as {
      manifest: {
        publishingInformation: Record<string, unknown> & {
          locales: Record<string, Record<string, unknown>>;
        };
        privacyAndCompliance: Record<string, unknown> & {
          locales: Record<string, Record<string, unknown>>;
        };
        apis: { custom: { endpoint: { uri: string } } };
      };
    };
    const info = manifest.publishingInformation;
    for (const field of ['category', 'testingInstructions', 'distributionCountries']) {
      expect(info[field], field).toBeTruthy();
    }
    expect(info.isAvailableWorldwide).toBe(false);
    for (const [locale, perLocale] of Object.entries(info.locales)) {
      for (const field of [
        'name',
        'summary',
        'description',
        'keywords',
        'smallIconUri',
        'largeIconUri',
      ]) {
        expect(perLocale[field], `${locale} ${field}`).toBeTruthy();
      }
      expect(perLocale.examplePhrases).toHaveLength(3);
      for (const field of ['smallIconUri', 'largeIconUri']) {
        const file = String(perLocale[field]).replace('file://', '');
        expect(existsSync(join(packageDir, file)), `${locale} ${field}`).toBe(true);
      }
      expect(manifest.privacyAndCompliance.locales[locale]).toEqual({ privacyPolicyUrl: PRIVACY });
    }
    for (const field of [
      'allowsPurchases',
      'usesPersonalInfo',
      'isChildDirected',
      'isExportCompliant',
      'containsAds',
    ]) {
      expect(typeof manifest.privacyAndCompliance[field], field).toBe('boolean');
    }
    expect(manifest.apis.custom.endpoint.uri).toBe(ARN);
  });

  it('records a known skill id so `ask deploy` updates that skill', () => {
    const outDir = freshDir();
    writeSkillPackage({
      modelDir: MODEL_DIR,
      outDir,
      endpointArn: ARN,
      skillId: SKILL_ID,
      urls: {},
    });
    expect(readJson(join(outDir, '.ask', 'ask-states.json'))).toEqual({
      askcliStatesVersion: '2020-03-31',
      profiles: { default: { skillId: SKILL_ID } },
    });
  });

  it('refuses a model locale the manifest does not publish', () => {
    const modelDir = freshDir();
    cpSync(MODEL_DIR, modelDir, { recursive: true });
    cpSync(join(MODEL_DIR, 'en-US.json'), join(modelDir, 'en-NZ.json'));
    expect(() =>
      writeSkillPackage({ modelDir, outDir: freshDir(), endpointArn: ARN, urls: {} }),
    ).toThrow(
      /publishes locales \[en-AU, en-CA, en-GB, en-IN, en-US\] but the interaction models are \[en-AU, en-CA, en-GB, en-IN, en-NZ, en-US\]/,
    );
  });
});

describe('package:skill arguments', () => {
  it('takes the ARN and skill id from the cdk outputs file', () => {
    const outputs = join(freshDir(), 'cdk-outputs.json');
    writeFileSync(
      outputs,
      JSON.stringify({ SorenessCoach: { FunctionArn: ARN, SkillId: SKILL_ID } }),
    );
    expect(
      parsePackageSkillArgs(['--outputs', outputs, '--privacy-policy-url', PRIVACY], {}),
    ).toEqual({
      endpointArn: ARN,
      skillId: SKILL_ID,
      outDir: 'dist/skill-package',
      urls: { privacyPolicyUrl: PRIVACY },
      dev: false,
      nameFree: false,
    });
  });

  it('takes policy URLs from the environment, flags first', () => {
    const args = parsePackageSkillArgs(['--arn', ARN, '--terms-url', 'https://a.example/terms'], {
      PRIVACY_POLICY_URL: 'https://a.example/privacy',
      TERMS_URL: 'https://b.example/terms',
    });
    expect(args.urls).toEqual({
      privacyPolicyUrl: 'https://a.example/privacy',
      termsOfUseUrl: 'https://a.example/terms',
    });
  });

  it('refuses a package without a privacy policy URL, and says how to give one or use --dev', () => {
    for (const env of [{}, { PRIVACY_POLICY_URL: '' }]) {
      expect(() => parsePackageSkillArgs(['--arn', ARN], env)).toThrow(
        MISSING_PRIVACY_POLICY_MESSAGE,
      );
    }
    expect(MISSING_PRIVACY_POLICY_MESSAGE).toMatch(/--privacy-policy-url https:/);
    expect(MISSING_PRIVACY_POLICY_MESSAGE).toMatch(/PRIVACY_POLICY_URL=/);
    expect(MISSING_PRIVACY_POLICY_MESSAGE).toMatch(/--dev/);
    expect(MISSING_PRIVACY_POLICY_MESSAGE).toMatch(/docs\/privacy-policy\.md/);
  });

  it('writes a development package without one when --dev is given', () => {
    expect(parsePackageSkillArgs(['--arn', ARN, '--dev'], {})).toEqual({
      endpointArn: ARN,
      outDir: 'dist/skill-package',
      urls: {},
      dev: true,
      nameFree: false,
    });
  });

  it('keeps the name-free phrases only with --name-free', () => {
    expect(parsePackageSkillArgs(['--arn', ARN, '--dev'], {}).nameFree).toBe(false);
    expect(parsePackageSkillArgs(['--arn', ARN, '--dev', '--name-free'], {}).nameFree).toBe(true);
  });

  it.each([
    [[], /--arn[\s\S]*--outputs/],
    [['--arn', ARN, '--outputs', 'x.json'], /exactly one of --arn or --outputs/],
    [['--arn', 'arn:aws:s3:::bucket', '--dev'], /Lambda function ARN/],
    [['--arn', ARN, '--privacy-policy-url', 'not a url'], /url/i],
    [['--arn', ARN, '--privacy-policy-url', 'ftp://example.org/privacy'], /url/i],
    [['--arn', ARN, '--privacy-policy-url', 'http://example.org/privacy'], /https/],
    [['--arn', ARN, '--dev', '--terms-url', 'http://example.org/terms'], /https/],
    [['--arn', ARN, '--dev', '--terms-url', 'javascript:alert(1)'], /url/i],
  ])('rejects %j', (argv, message) => {
    expect(() => parsePackageSkillArgs(argv, {}, { cwd: freshDir() })).toThrow(message);
  });

  it('refuses an http:// policy URL from the environment too', () => {
    for (const env of [
      { PRIVACY_POLICY_URL: 'http://example.org/privacy' },
      { PRIVACY_POLICY_URL: PRIVACY, TERMS_URL: 'http://example.org/terms' },
    ]) {
      expect(() => parsePackageSkillArgs(['--arn', ARN], env)).toThrow(/https/);
      expect(() => policyUrlsFromEnv(env)).toThrow(/https/);
    }
  });

  it.each([
    [['--arn', 'arn:aws:s3:::bucket', '--dev'], '--arn'],
    [['--arn', `${ARN} `, '--dev'], '--arn'],
    [['--arn', ARN, '--dev', '--skill-id', 'amzn1.ask.skill.1234'], '--skill-id'],
  ])('names the option and what it expects, in one plain sentence, for %j', (argv, option) => {
    const message = errorMessageOf(() => parsePackageSkillArgs(argv, {}));
    expectOnePlainSentence(message, option);
  });

  it.each([
    ['a FunctionArn that is not one', JSON.stringify({ SorenessCoach: { FunctionArn: 'nope' } })],
    ['not JSON', 'FunctionArn = nope'],
    ['not cdk outputs', JSON.stringify(['FunctionArn'])],
  ])('says in one plain sentence what is wrong with an outputs file holding %s', (_what, text) => {
    const outputs = join(freshDir(), 'cdk-outputs.json');
    writeFileSync(outputs, text);
    const message = errorMessageOf(() =>
      parsePackageSkillArgs(['--outputs', outputs, '--dev'], {}),
    );
    expectOnePlainSentence(message, outputs);
  });

  it('writes a development package from --dev alone, with no endpoint when none is known', () => {
    expect(parsePackageSkillArgs(['--dev'], {}, { cwd: freshDir() })).toEqual({
      outDir: 'dist/skill-package',
      urls: {},
      dev: true,
      nameFree: false,
    });
  });

  it('takes the endpoint from ./cdk-outputs.json when neither --arn nor --outputs is given', () => {
    const cwd = freshDir();
    writeFileSync(
      join(cwd, 'cdk-outputs.json'),
      JSON.stringify({ SorenessCoach: { FunctionArn: ARN, SkillId: SKILL_ID } }),
    );
    expect(parsePackageSkillArgs(['--dev'], {}, { cwd })).toMatchObject({
      endpointArn: ARN,
      skillId: SKILL_ID,
    });
    expect(parsePackageSkillArgs(['--privacy-policy-url', PRIVACY], {}, { cwd }).endpointArn).toBe(
      ARN,
    );
  });

  it('rejects an outputs file without exactly one FunctionArn', () => {
    const outputs = join(freshDir(), 'cdk-outputs.json');
    writeFileSync(outputs, JSON.stringify({ A: { FunctionArn: ARN }, B: { FunctionArn: ARN } }));
    expect(() => parsePackageSkillArgs(['--outputs', outputs], {})).toThrow(/exactly one stack/);
  });

  it('leaves nothing behind when the output folder does not exist yet', () => {
    const outDir = join(freshDir(), 'nested', 'pkg');
    writeSkillPackage({ modelDir: MODEL_DIR, outDir, endpointArn: ARN, urls: {} });
    expect(existsSync(join(outDir, 'skill-package', 'skill.json'))).toBe(true);
  });
});
