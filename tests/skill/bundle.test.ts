import fs, { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { intentRequest, launchRequest, match, SKILL_ID, said, speechOf, unknown } from './alexa';

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

  it('logs ask-sdk errors by their class name, which minifying would have mangled', async () => {
    const envelope = launchRequest();
    // A type no handler takes (in a session, so the ErrorHandler answers it).
    (envelope.request as { type: string }).type = 'Connections.Response';
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
      logged.push(String(line));
    });
    try {
      await loadBundle(SKILL_ID)(envelope, {});
    } finally {
      spy.mockRestore();
    }
    const errors = logged.map((line) => JSON.parse(line)).filter((entry) => entry.error);
    expect(errors).toEqual([
      expect.objectContaining({
        event: 'handler-error',
        error: 'AskSdk.GenericRequestDispatcher Error',
      }),
    ]);
  });

  it('reads the screen document only for a device with a screen', async () => {
    const reads = vi.spyOn(fs, 'readFileSync');
    try {
      const handler = loadBundle(SKILL_ID);
      const speakerLaunch = await handler(launchRequest(), {});
      expect(speakerLaunch.response.directives ?? []).toEqual(
        expect.not.arrayContaining([
          expect.objectContaining({ type: 'Alexa.Presentation.APL.RenderDocument' }),
        ]),
      );
      const documentReads = () =>
        reads.mock.calls.filter(([path]) => String(path).endsWith('apl-document.json')).length;
      expect(documentReads()).toBe(0);
      const onShow = launchRequest();
      if (!onShow.context.System.device) throw new Error('the fixture has a device');
      onShow.context.System.device.supportedInterfaces = {
        'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } },
      };
      const showLaunch = await handler(onShow, {});
      expect(showLaunch.response.directives).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'Alexa.Presentation.APL.RenderDocument' }),
        ]),
      );
      expect(documentReads()).toBe(1);
    } finally {
      reads.mockRestore();
    }
  });

  it('loads the description reader beside it only when someone describes their soreness', async () => {
    const reader = join(__dirname, '../../dist/lambda/read-words.js');
    const require = createRequire(__filename);
    delete require.cache[reader];
    const handler = loadBundle(SKILL_ID);
    await handler(launchRequest(), {});
    expect(require.cache[reader]).toBeUndefined();
    const described = intentRequest('DescribeIntent', {
      description: said('my calves are stiff, maybe a four, since yesterday'),
    });
    const response = await handler(described, {});
    expect(require.cache[reader]).toBeDefined();
    // Stiff is a dull soreness, four a moderate one, a day: the movement question comes next.
    const state = response.sessionAttributes as { conversation?: { pending?: string } };
    expect(state.conversation?.pending).toBe('limits');
  });

  it('reads the slot words beside it once, and only when a slot came back unmatched', async () => {
    const reads = vi.spyOn(fs, 'readFileSync');
    const require = createRequire(__filename);
    delete require.cache[join(__dirname, '../../dist/lambda/read-words.js')];
    try {
      const handler = loadBundle(SKILL_ID);
      const wordReads = () =>
        reads.mock.calls.filter(([path]) => String(path).endsWith('slot-words.json')).length;
      await handler(intentRequest('CheckInIntent', { area: match('calves') }), {});
      expect(wordReads()).toBe(0);
      const unmatched = intentRequest('CheckInIntent', { area: unknown('my calves both of them') });
      const asked = await handler(unmatched, {});
      expect(speechOf(asked)).toMatch(/dull ache/);
      await handler(unmatched, {});
      expect(wordReads()).toBe(1);
    } finally {
      reads.mockRestore();
    }
  });

  it('without its slot words the skill still answers, and the safety net still hears a sign', async () => {
    const original = fs.readFileSync;
    const reads = vi.spyOn(fs, 'readFileSync').mockImplementation((path, options) => {
      if (String(path).endsWith('slot-words.json')) throw new Error('ENOENT');
      return original(path, options);
    });
    try {
      const handler = loadBundle(SKILL_ID);
      const dizzy = intentRequest('CheckInIntent', {
        area: unknown('my legs and i feel really dizzy'),
      });
      const urgent = await handler(dizzy, {});
      expect(speechOf(urgent)).toMatch(/Stop training now/);
    } finally {
      reads.mockRestore();
    }
  });

  it('fails closed when SKILL_ID is missing: it answers nobody', async () => {
    await expect(loadBundle(undefined)(launchRequest(), {})).rejects.toThrow(/SKILL_ID/);
  });

  it.each([
    ['36 dashes', `amzn1.ask.skill.${'-'.repeat(36)}`],
    ['upper-case hex', 'amzn1.ask.skill.AAAAAAAA-0000-4000-8000-000000000000'],
  ])(
    'fails closed on a SKILL_ID that is not a UUID (%s), as the CDK context does',
    async (_, id) => {
      await expect(loadBundle(id)(launchRequest(), {})).rejects.toThrow(/SKILL_ID/);
    },
  );
});
