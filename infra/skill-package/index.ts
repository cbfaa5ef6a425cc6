export { readInteractionModels } from './interaction-models';
export { completeManifest, parseSkillManifest, publishingLocales } from './manifest';
export {
  LambdaArnSchema,
  parsePackageSkillArgs,
  policyUrlsFromEnv,
  USAGE,
} from './package-skill-args';
export { writeSkillPackage } from './write-skill-package';
