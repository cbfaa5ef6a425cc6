// Lays out the ASK CLI project for `ask deploy` / SMAPI with the deployed Lambda as the endpoint.
import { relative } from 'node:path';
import { parsePackageSkillArgs, writeSkillPackage } from '../infra/skill-package';

try {
  const args = parsePackageSkillArgs(process.argv.slice(2), process.env);
  const result = writeSkillPackage({ modelDir: 'interaction-model', ...args });
  console.log(
    `Wrote ${relative(process.cwd(), result.skillPackageDir)} (locales: ${result.locales.join(', ')}; endpoint: ${args.endpointArn})`,
  );
  console.log(
    args.urls.privacyPolicyUrl
      ? `Privacy policy: ${args.urls.privacyPolicyUrl}`
      : 'Development package (--dev): no privacy policy URL, so do not submit it for certification.',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
