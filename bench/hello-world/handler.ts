// The reference the benchmark holds the skill to: the smallest real ask-sdk-core skill, one
// handler that says hello, bundled and minified exactly as the skill is (scripts/build.mjs).
// What the skill costs beyond this is the skill's own doing, not ask-sdk's. SkillBuilders comes
// from the file that defines it, as the skill takes it (lambda/skill/ask-sdk.ts): ask-sdk-core's
// index also requires node:url, which a bundle of ES modules cannot require.
import type { RequestHandler } from 'ask-sdk-core';
import { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

const hello: RequestHandler = {
  canHandle: () => true,
  handle: (input) => {
    console.log(
      JSON.stringify({ event: 'request', requestType: input.requestEnvelope.request.type }),
    );
    return input.responseBuilder.speak('Hello.').withShouldEndSession(true).getResponse();
  },
};

const skill = SkillBuilders.custom().addRequestHandlers(hello).create();

export const handler = (event: RequestEnvelope, context: unknown): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
