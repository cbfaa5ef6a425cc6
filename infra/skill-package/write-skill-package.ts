import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInteractionModels } from './interaction-models';
import {
  completeManifest,
  type PolicyUrls,
  parseSkillManifest,
  publishingLocales,
} from './manifest';

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
}

export interface SkillPackageResult {
  skillPackageDir: string;
  locales: string[];
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Writes an ASK CLI v2 project: ask-resources.json + skill-package/{skill.json, interactionModels/custom/<locale>.json}. */
export function writeSkillPackage(options: SkillPackageOptions): SkillPackageResult {
  const manifest = parseSkillManifest(
    JSON.parse(readFileSync(join(options.modelDir, 'skill.json'), 'utf8')),
  );
  const models = readInteractionModels(options.modelDir);
  const modelLocales = models.map((model) => model.locale);
  const manifestLocales = publishingLocales(manifest);
  if (modelLocales.join() !== manifestLocales.join()) {
    throw new Error(
      `skill.json publishes locales [${manifestLocales.join(', ')}] but the interaction models are [${modelLocales.join(', ')}]; they must match.`,
    );
  }

  const skillPackageDir = join(options.outDir, 'skill-package');
  const modelsDir = join(skillPackageDir, 'interactionModels', 'custom');
  rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(modelsDir, { recursive: true });

  writeJson(
    join(skillPackageDir, 'skill.json'),
    completeManifest(manifest, {
      ...(options.endpointArn ? { endpointArn: options.endpointArn } : {}),
      urls: options.urls,
    }),
  );
  for (const model of models) {
    writeJson(join(modelsDir, `${model.locale}.json`), model.model);
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
