import type { Skill } from 'ask-sdk-core';
import { withAttributesInBounds } from './attribute-bounds';
import { type Logger, loggable } from './logger';
import { rejectionReason } from './request-envelope';
import { TAP_REQUEST } from './screen/has-screen';
import { withSlotsInBounds } from './slot-bounds';

/** Thrown for envelopes that fail validation; carries no stack so none reaches a caller. */
export class RejectedRequestError extends Error {
  override name = 'RejectedRequestError';

  constructor(reason: string) {
    super(`Rejected request: ${reason}`);
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Every front end reaches the skill through invoke, so the envelope is checked there. */
export function withEnvelopeValidation(skill: Skill, skillId: string, logger: Logger): Skill {
  const invoke = skill.invoke.bind(skill);
  skill.invoke = async (envelope, context) => {
    const reason = await rejectionReason(envelope, skillId);
    if (reason) {
      logger.error({ event: 'rejected', reason });
      throw new RejectedRequestError(reason);
    }
    const bounded = withAttributesInBounds(envelope);
    if (bounded.discarded) {
      logger.error({ event: 'attributes-discarded', reason: bounded.discarded });
    }
    const heard = withSlotsInBounds(bounded.envelope);
    if (heard.overlong !== undefined) {
      // The request is logged as the fallback it became; this line names what was sent.
      const { slot, intent } = heard.overlong;
      logger.error({ event: 'slot-too-long', reason: slot, intent: loggable(intent) });
    }
    // Only a device with a screen sends taps: the code that reads them loads with the first.
    const spoken =
      heard.envelope.request.type === TAP_REQUEST
        ? (await import('./screen/touch')).touchAsSpoken(heard.envelope)
        : heard.envelope;
    return invoke(spoken, context);
  };
  return skill;
}
