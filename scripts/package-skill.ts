// Lays out the ASK CLI project for `ask deploy` / SMAPI with the deployed Lambda as the endpoint.
import { join, relative } from 'node:path';
import { parsePackageSkillArgs, writeSkillPackage } from '../infra/skill-package';

// The model is the repository's, wherever the command runs from; --out and the outputs file
// are relative to where it runs, as a deployer expects of paths they type.
const MODEL_DIR = join(__dirname, '..', 'interaction-model');

try {
  const args = parsePackageSkillArgs(process.argv.slice(2), process.env);
  const result = writeSkillPackage({ modelDir: MODEL_DIR, ...args });
  console.log(
    `Wrote ${relative(process.cwd(), result.skillPackageDir)} (locales: ${result.locales.join(', ')}; endpoint: ${args.endpointArn ?? 'none'})`,
  );
  if (!args.endpointArn) {
    console.log(
      'No endpoint in this package: `ask deploy` would leave the skill without one. Pass --arn <FunctionArn> (or --outputs cdk-outputs.json) once the stack is deployed.',
    );
  }
  console.log(
    args.urls.privacyPolicyUrl
      ? `Privacy policy: ${args.urls.privacyPolicyUrl}`
      : 'Development package (--dev): no privacy policy URL, so do not submit it for certification.',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
