export { ICONS, iconPath, iconPng } from './icons';
export { readInteractionModels, withoutNameFreeInteraction } from './interaction-models';
export { completeManifest, parseSkillManifest, publishingLocales } from './manifest';
export {
  DEFAULT_OUTPUTS_FILE,
  LambdaArnSchema,
  MISSING_ENDPOINT_MESSAGE,
  MISSING_PRIVACY_POLICY_MESSAGE,
  parsePackageSkillArgs,
  policyUrlsFromEnv,
  USAGE,
} from './package-skill-args';
export {
  INTERACTION_MODEL_DEFINITION,
  MANIFEST_DEFINITION,
  smapiViolations,
} from './smapi-schema';
export { writeSkillPackage } from './write-skill-package';
