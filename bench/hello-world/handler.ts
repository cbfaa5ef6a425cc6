// The reference the benchmark holds the skill to: the smallest real ask-sdk-core skill, one
// handler that says hello, bundled and minified exactly as the skill is (scripts/build.mjs).
// What the skill costs beyond this is the skill's own doing, not ask-sdk's.
import { type RequestHandler, SkillBuilders } from 'ask-sdk-core';
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
