import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { intentRequest, launchRequest, match, SKILL_ID, said, speechOf, unknown } from './alexa';

const BUNDLE = join(__dirname, '../../dist/lambda/index.mjs');
const CHILD = join(__dirname, 'bundle-process.cjs');

interface BundleTurn {
  response?: ResponseEnvelope;
  error?: string;
  /** The data files read up to the end of this request, in order. */
  reads: string[];
  readerLoaded: boolean;
}
interface BundleRun {
  handlerLength: number;
  turns: BundleTurn[];
  logs: string[];
}

/**
 * The deployable bundle in a fresh Node process (bundle-process.cjs), as a Lambda cold start:
 * each run loads every module anew and ends before this returns.
 */
function runBundle(
  envelopes: RequestEnvelope[],
  options: { skillId?: string | null; unreadable?: string[]; bundle?: string } = {},
): BundleRun {
  const plan = { bundle: BUNDLE, skillId: options.skillId ?? SKILL_ID, envelopes, ...options };
  const output = execFileSync(process.execPath, [CHILD], {
    input: JSON.stringify(plan),
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return JSON.parse(output) as BundleRun;
}

function responseOf(turn: BundleTurn | undefined): ResponseEnvelope {
  if (!turn?.response) throw new Error(`no response: ${turn?.error}`);
  return turn.response;
}

const onShow = (): RequestEnvelope => {
  const envelope = launchRequest();
  if (!envelope.context.System.device) throw new Error('the fixture has a device');
  envelope.context.System.device.supportedInterfaces = {
    'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } },
  };
  return envelope;
};

/** A copy of the bundle without the chunk a module of `prefix` was built into, for one test. */
function withoutChunk<T>(prefix: string, test: (bundle: string) => T): T {
  const copy = mkdtempSync(join(tmpdir(), 'soreness-bundle-'));
  try {
    cpSync(join(BUNDLE, '..'), copy, { recursive: true });
    const chunks = readdirSync(copy).filter(
      (file) => file.startsWith(prefix) && file.endsWith('.mjs'),
    );
    expect(chunks).toHaveLength(1);
    for (const chunk of chunks) rmSync(join(copy, chunk));
    return test(join(copy, 'index.mjs'));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const logged = (run: BundleRun) =>
  run.logs.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the deployable bundle (npm run build → dist/lambda/index.mjs)', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error('Run npm run build first (npm test does).');
  });

  it('exports an async handler with at most two parameters (never .lambda()’s callback), which answers a LaunchRequest', () => {
    const run = runBundle([launchRequest()]);
    expect(run.handlerLength).toBeLessThanOrEqual(2);
    const response = responseOf(run.turns[0]);
    expect(response.version).toBe('1.0');
    expect(response.response.outputSpeech).toMatchObject({ type: 'SSML' });
    expect(response.response.shouldEndSession).toBe(false);
  });

  it("refuses another skill's request, and a malformed one, saying which field", () => {
    const another = launchRequest();
    const otherSkill = 'amzn1.ask.skill.99999999-9999-4999-8999-999999999999';
    another.context.System.application.applicationId = otherSkill;
    if (another.session) another.session.application.applicationId = otherSkill;
    const malformed = launchRequest();
    (malformed.request as { requestId?: string }).requestId = '';
    const run = runBundle([another, malformed]);
    expect(run.turns.map((turn) => turn.error)).toEqual([
      expect.stringMatching(/Rejected request/),
      expect.stringMatching(/Rejected request/),
    ]);
    const reasons = run.logs.map((line) => JSON.parse(line)).filter((entry) => entry.reason);
    expect(reasons).toEqual([
      expect.objectContaining({
        event: 'rejected',
        reason: expect.stringMatching(/another skill/),
      }),
      expect.objectContaining({ event: 'rejected', reason: 'request.requestId: too_small' }),
    ]);
  });

  it('logs ask-sdk errors by their class name, which minifying would have mangled', () => {
    const envelope = launchRequest();
    // A type no handler takes (in a session, so the ErrorHandler answers it).
    (envelope.request as { type: string }).type = 'Connections.Response';
    const run = runBundle([envelope]);
    const errors = run.logs.map((line) => JSON.parse(line)).filter((entry) => entry.error);
    expect(errors).toEqual([
      expect.objectContaining({
        event: 'handler-error',
        error: 'AskSdk.GenericRequestDispatcher Error',
      }),
    ]);
  });

  it('shows a screen on a device with one, and only there', () => {
    const run = runBundle([launchRequest(), onShow()]);
    const [speaker, show] = run.turns.map(responseOf);
    const screen = expect.objectContaining({ type: 'Alexa.Presentation.APL.RenderDocument' });
    expect(speaker?.response.directives ?? []).toEqual(expect.not.arrayContaining([screen]));
    expect(show?.response.directives).toEqual(expect.arrayContaining([screen]));
  });

  it('loads the description reader beside it only when someone describes their soreness', () => {
    const described = intentRequest('DescribeIntent', {
      description: said('my calves are stiff, maybe a four, since yesterday'),
    });
    const run = runBundle([launchRequest(), described]);
    expect(run.turns.map((turn) => turn.readerLoaded)).toEqual([false, true]);
    // Stiff is a dull soreness, four a moderate one, a day: the movement question comes next.
    const state = responseOf(run.turns[1]).sessionAttributes as {
      conversation?: { pending?: string };
    };
    expect(state.conversation?.pending).toBe('limits');
  });

  it('reads the slot words beside it once, and only when a slot came back unmatched', () => {
    const unmatched = intentRequest('CheckInIntent', { area: unknown('my calves both of them') });
    const run = runBundle([
      intentRequest('CheckInIntent', { area: match('calves') }),
      unmatched,
      unmatched,
    ]);
    const wordReads = run.turns.map(
      (turn) => turn.reads.filter((file) => file === 'slot-words.json').length,
    );
    expect(wordReads).toEqual([0, 1, 1]);
    expect(speechOf(responseOf(run.turns[1]))).toMatch(/dull ache/);
  });

  it('without its slot words the skill still answers, and the safety net still hears a sign', () => {
    const dizzy = intentRequest('CheckInIntent', {
      area: unknown('my legs and i feel really dizzy'),
    });
    const run = runBundle([dizzy], { unreadable: ['slot-words.json'] });
    expect(speechOf(responseOf(run.turns[0]))).toMatch(/Stop training now/);
  });

  it('fails closed when SKILL_ID is missing: it answers nobody', () => {
    const run = runBundle([launchRequest()], { skillId: null });
    expect(run.turns[0]?.error).toMatch(/SKILL_ID/);
  });

  it.each([
    ['36 dashes', `amzn1.ask.skill.${'-'.repeat(36)}`],
    ['upper-case hex', 'amzn1.ask.skill.AAAAAAAA-0000-4000-8000-000000000000'],
  ])('fails closed on a SKILL_ID that is not a UUID (%s), as the CDK context does', (_, id) => {
    const run = runBundle([launchRequest()], { skillId: id });
    expect(run.turns[0]?.error).toMatch(/SKILL_ID/);
  });

  it('still gives urgent advice on a screen device when the screens cannot be loaded', () => {
    const dizzy = intentRequest('CheckInIntent', {
      area: unknown('my chest hurts and i feel really dizzy'),
    });
    const onScreen = onShow();
    dizzy.context = onScreen.context;
    const run = withoutChunk('render-screen-', (bundle) => runBundle([dizzy], { bundle }));
    expect(speechOf(responseOf(run.turns[0]))).toMatch(/Stop training now/);
    expect(logged(run)).toEqual(
      expect.arrayContaining([expect.objectContaining({ event: 'screen-left-out' })]),
    );
  });

  it("apologises and logs the error's name when the conversation's code cannot be loaded", () => {
    const run = withoutChunk('conversation-handlers-', (bundle) =>
      runBundle([intentRequest('CheckInIntent', { area: match('calves') })], { bundle }),
    );
    const answer = responseOf(run.turns[0]);
    expect(speechOf(answer)).toMatch(/trouble/);
    expect(answer.response.shouldEndSession).toBe(false);
    const errors = logged(run).filter((entry) => entry.event === 'handler-error');
    expect(errors).toEqual([expect.objectContaining({ error: 'Error' })]);
  });
});
