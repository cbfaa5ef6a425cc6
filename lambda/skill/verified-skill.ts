import type { Skill } from 'ask-sdk-core';
import type { Logger } from './logger';
import { rejectionReason } from './request-envelope';

/** Thrown for envelopes that fail validation; carries no stack so none reaches a caller. */
export class RejectedRequestError extends Error {
  override name = 'RejectedRequestError';

  constructor(reason: string) {
    super(`Rejected request: ${reason}`);
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Every front end reaches the skill through invoke, so the envelope is checked there. */
export function withEnvelopeValidation(skill: Skill, logger: Logger): Skill {
  const invoke = skill.invoke.bind(skill);
  skill.invoke = async (envelope, context) => {
    const reason = rejectionReason(envelope);
    if (reason) {
      logger.error({ event: 'rejected', reason });
      throw new RejectedRequestError(reason);
    }
    return invoke(envelope, context);
  };
  return skill;
}
