/**
 * The AWS regions Alexa calls Lambda endpoints of custom skills in, with the Alexa region each
 * serves (the regions Alexa-hosted skills and the ASK CLI deploy to). A function anywhere else
 * deploys without a word and is then refused as the skill's endpoint.
 */
export const ALEXA_LAMBDA_REGIONS = {
  'us-east-1': 'North America',
  'eu-west-1': 'Europe and India',
  'us-west-2': 'Far East',
} as const;

function isAlexaLambdaRegion(region: string): region is keyof typeof ALEXA_LAMBDA_REGIONS {
  return Object.hasOwn(ALEXA_LAMBDA_REGIONS, region);
}

export function assertAlexaCanCall(region: string): void {
  if (isAlexaLambdaRegion(region)) return;
  const choices = Object.entries(ALEXA_LAMBDA_REGIONS)
    .map(([name, serves]) => `${name} (${serves})`)
    .join(', ');
  throw new Error(
    `Alexa cannot call a Lambda function in ${region}: deploy to one of ${choices}, e.g. AWS_REGION=us-east-1 npx cdk deploy …`,
  );
}
