import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ICONS, iconPath, iconPng } from './icons';
import { readInteractionModels, withoutNameFreeInteraction } from './interaction-models';
import {
  completeManifest,
  type PolicyUrls,
  parseSkillManifest,
  publishingLocales,
} from './manifest';
import { assertSmapi, INTERACTION_MODEL_DEFINITION, MANIFEST_DEFINITION } from './smapi-schema';

export interface SkillPackageOptions {
  /** Folder with skill.json and the `<locale>.json` interaction models. */
  modelDir: string;
  /** ASK CLI project root to (re)create; the skill package goes into its `skill-package/`. */
  outDir: string;
  /** Omitted when the endpoint is injected elsewhere (CfnSkill overrides). */
  endpointArn?: string;
  /** When known, recorded in `.ask/ask-states.json` so `ask deploy` updates that skill instead of creating one. */
  skillId?: string;
  urls: PolicyUrls;
  /**
   * Keep each model's `_nameFreeInteraction`. Amazon opens name-free interaction only to skills
   * that are already live, so a package for a new skill leaves it out (docs/deploying.md).
   */
  nameFree?: boolean;
}

export interface SkillPackageResult {
  skillPackageDir: string;
  locales: string[];
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Writes an ASK CLI v2 project: ask-resources.json + skill-package/{skill.json,
 * interactionModels/custom/<locale>.json, assets/images/<locale>_{small,large}IconUri.png}.
 * The manifest and every model are checked against SMAPI's schema before anything is written.
 */
export function writeSkillPackage(options: SkillPackageOptions): SkillPackageResult {
  const manifest = parseSkillManifest(
    JSON.parse(readFileSync(join(options.modelDir, 'skill.json'), 'utf8')),
  );
  const models = readInteractionModels(options.modelDir).map((file) =>
    options.nameFree ? file : { ...file, model: withoutNameFreeInteraction(file.model) },
  );
  const modelLocales = models.map((model) => model.locale);
  const manifestLocales = publishingLocales(manifest);
  if (modelLocales.join() !== manifestLocales.join()) {
    throw new Error(
      `skill.json publishes locales [${manifestLocales.join(', ')}] but the interaction models are [${modelLocales.join(', ')}]; they must match.`,
    );
  }

  const packagedManifest = completeManifest(manifest, {
    ...(options.endpointArn ? { endpointArn: options.endpointArn } : {}),
    urls: options.urls,
  });
  assertSmapi(MANIFEST_DEFINITION, packagedManifest, 'The packaged skill.json');
  for (const model of models) {
    assertSmapi(INTERACTION_MODEL_DEFINITION, withoutNameFreeInteraction(model.model), model.path);
  }

  const skillPackageDir = join(options.outDir, 'skill-package');
  const modelsDir = join(skillPackageDir, 'interactionModels', 'custom');
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(modelsDir, { recursive: true });

  writeJson(join(skillPackageDir, 'skill.json'), packagedManifest);
  for (const model of models) {
    // Compact, as the model linter measures it: SMAPI refuses a model definition longer than
    // 1,000,000 characters, and indentation alone would add a third to this one.
    writeFileSync(join(modelsDir, `${model.locale}.json`), JSON.stringify(model.model));
  }
  for (const { field, size } of ICONS) {
    const png = iconPng(size);
    for (const locale of manifestLocales) {
      const path = join(skillPackageDir, iconPath(locale, field));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, png);
    }
  }
  writeJson(join(options.outDir, 'ask-resources.json'), {
    askcliResourcesVersion: '2020-03-31',
    profiles: { default: { skillMetadata: { src: './skill-package' } } },
  });
  if (options.skillId) {
    mkdirSync(join(options.outDir, '.ask'), { recursive: true });
    writeJson(join(options.outDir, '.ask', 'ask-states.json'), {
      askcliStatesVersion: '2020-03-31',
      profiles: { default: { skillId: options.skillId } },
    });
  }
  return { skillPackageDir, locales: modelLocales };
}
