/**
 * An Alexa skill id: `amzn1.ask.skill.` and a UUID. The one definition the Lambda entry, the
 * self-hosted server and the CDK context all check against, so a value one accepts the others
 * accept too. It imports nothing, which is why infra may import it.
 */
export const SKILL_ID_PATTERN =
  /^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const SKILL_ID_FORMAT = 'amzn1.ask.skill.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';
