/*
 * The parts of ask-sdk-core the skill uses, from the files that define them. Its index also
 * loads the HTTP API client (and node:url), the APL viewport helpers and the component
 * interface, none of which this skill calls, on every cold start. The paths are those of the
 * pinned ask-sdk-core 2.14 (package.json), which has no "exports" map to forbid them;
 * tests/skill/ask-sdk-facade.test.ts fails if they stop matching the package's own exports.
 */

export { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
export {
  getIntentName,
  getRequestType,
  getSlot,
  isNewSession,
} from 'ask-sdk-core/dist/util/RequestEnvelopeUtils';
