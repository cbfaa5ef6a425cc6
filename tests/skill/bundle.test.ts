import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchRequest, SKILL_ID } from './alexa';

const BUNDLE = join(__dirname, '../../dist/lambda/index.js');
type Handler = (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;

/** Loads a fresh copy of the deployable bundle under the given environment. */
function loadBundle(skillId: string | undefined): Handler {
  const previous = process.env.SKILL_ID;
  if (skillId === undefined) delete process.env.SKILL_ID;
  else process.env.SKILL_ID = skillId;
  try {
    const require = createRequire(__filename);
    delete require.cache[BUNDLE];
    const loaded: { handler: Handler } = require(BUNDLE);
    return loaded.handler;
  } finally {
    if (previous === undefined) delete process.env.SKILL_ID;
    else process.env.SKILL_ID = previous;
  }
}

describe('the deployable bundle (npm run build → dist/lambda/index.js)', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error('Run npm run build first (npm test does).');
  });

  it('exports an async handler with at most two parameters (never .lambda()’s callback)', () => {
    const handler = loadBundle(SKILL_ID);
    expect(typeof handler).toBe('function');
    expect(handler.length).toBeLessThanOrEqual(2);
  });

  it('answers a LaunchRequest', async () => {
    const response = await loadBundle(SKILL_ID)(launchRequest(), {});
    expect(response.version).toBe('1.0');
    expect(response.response.outputSpeech).toMatchObject({ type: 'SSML' });
    expect(response.response.shouldEndSession).toBe(false);
  });

  it("refuses another skill's request", async () => {
    const envelope = launchRequest();
    envelope.context.System.application.applicationId =
      'amzn1.ask.skill.99999999-9999-4999-8999-999999999999';
    await expect(loadBundle(SKILL_ID)(envelope, {})).rejects.toThrow();
  });

  it('fails closed when SKILL_ID is missing: it answers nobody', async () => {
    await expect(loadBundle(undefined)(launchRequest(), {})).rejects.toThrow(/SKILL_ID/);
  });
});
