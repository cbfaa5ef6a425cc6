import { describe, expect, it } from 'vitest';
import { type Credentials, readCredentials } from '../../tools/nlu-profile/credentials';
import { paced } from '../../tools/nlu-profile/pace';
import { ProfileNluResponseSchema } from '../../tools/nlu-profile/profile-response';
import {
  createProfiler,
  type Fetch,
  profileNluRequest,
  SmapiError,
  tokenRequest,
} from '../../tools/nlu-profile/smapi-client';
import { fixture } from './fixtures';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
const ENV = {
  LWA_CLIENT_ID: 'amzn1.application-oa2-client.abc',
  LWA_CLIENT_SECRET: 'client-secret',
  LWA_REFRESH_TOKEN: 'Atzr|refresh',
  SKILL_ID,
};

const credentials = (): Credentials => {
  const read = readCredentials(ENV);
  if (!read.ok) throw new Error(read.problems.join());
  return read.credentials;
};

describe('credentials from the environment', () => {
  it('names every variable missing or malformed, never a value', () => {
    const read = readCredentials({ SKILL_ID: 'my-skill', LWA_CLIENT_SECRET: 'hush' });
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems).toEqual([
      'LWA_CLIENT_ID is not set',
      'LWA_REFRESH_TOKEN is not set',
      'SKILL_ID: must be amzn1.ask.skill.…',
    ]);
    expect(problems.join()).not.toContain('hush');
  });

  it('profiles the development stage unless SKILL_STAGE says otherwise', () => {
    expect(credentials().SKILL_STAGE).toBe('development');
    const live = readCredentials({ ...ENV, SKILL_STAGE: 'live' });
    expect(live.ok && live.credentials.SKILL_STAGE).toBe('live');
    expect(readCredentials({ ...ENV, SKILL_STAGE: 'staging' }).ok).toBe(false);
  });
});

describe('requests, as SMAPI documents them', () => {
  it('exchanges the refresh token at Login with Amazon, form-encoded', () => {
    const request = tokenRequest(credentials());
    expect(request.url).toBe('https://api.amazon.com/auth/o2/token');
    expect(request.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'Atzr|refresh',
      client_id: 'amzn1.application-oa2-client.abc',
      client_secret: 'client-secret',
    });
  });

  it('posts the utterance to the locale and stage, the multi-turn token only when given', () => {
    const request = profileNluRequest(credentials(), 'token-1', 'en-GB', 'my legs are sore');
    expect(request.url).toBe(
      `https://api.amazonalexa.com/v1/skills/${SKILL_ID}/stages/development/interactionModel/locales/en-GB/profileNlu`,
    );
    expect(request.headers.Authorization).toBe('Bearer token-1');
    expect(JSON.parse(request.body)).toEqual({ utterance: 'my legs are sore' });
    const next = profileNluRequest(credentials(), 'token-1', 'en-GB', 'two days', 'opaque-token');
    expect(JSON.parse(next.body)).toEqual({
      utterance: 'two days',
      multiTurnToken: 'opaque-token',
    });
  });
});

describe('the profiler client', () => {
  const answering = (profile: unknown) => {
    const calls: string[] = [];
    const fetch: Fetch = async (url) => {
      calls.push(url);
      const body = url.includes('/auth/o2/token')
        ? { access_token: `token-${calls.length}`, expires_in: 3600, token_type: 'bearer' }
        : profile;
      return { ok: true, status: 200, json: async () => body };
    };
    return { calls, fetch };
  };

  it('reads the documented response shapes, a multi-turn act included', () => {
    for (const name of ['selected-check-in.json', 'selected-sign.json', 'nothing-selected.json']) {
      expect(ProfileNluResponseSchema.safeParse(fixture(name)).success, name).toBe(true);
    }
    const elicit = ProfileNluResponseSchema.parse(fixture('elicit-slot.json'));
    expect(elicit.multiTurn?.dialogAct).toEqual({ type: 'Dialog.ElicitSlot', targetSlot: 'days' });
  });

  it('takes one token for many utterances and a new one once it has expired', async () => {
    let clock = 0;
    const { calls, fetch } = answering(fixture('selected-sign.json'));
    const profile = createProfiler(credentials(), fetch, () => clock);
    await profile('en-US', 'I feel dizzy');
    await profile('en-US', 'I feel faint');
    expect(calls.filter((url) => url.includes('/auth/o2/token'))).toHaveLength(1);
    clock = 3600 * 1000;
    const answer = await profile('en-US', 'I feel dizzy');
    expect(calls.filter((url) => url.includes('/auth/o2/token'))).toHaveLength(2);
    expect(answer.selectedIntent?.name).toBe('RedFlagIntent');
  });

  it('fails with the HTTP status, not the body, and refuses an unknown shape', async () => {
    const refusing: Fetch = async () => ({
      ok: false,
      status: 401,
      json: async () => ({ message: 'client-secret is wrong' }),
    });
    const failed = createProfiler(credentials(), refusing)('en-US', 'hi');
    await expect(failed).rejects.toThrow(SmapiError);
    await expect(failed).rejects.toThrow('Login with Amazon token exchange failed with HTTP 401');
    const odd = answering({ selectedIntent: { name: 42 } });
    await expect(createProfiler(credentials(), odd.fetch)('en-US', 'hi')).rejects.toThrow(
      'profileNlu (en-US) answered in an unknown shape',
    );
  });
});

describe('the bounded rate', () => {
  it('spaces calls at least a second apart at one a second, without sleeping for the first', async () => {
    let clock = 0;
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
      clock += ms;
    };
    const started: number[] = [];
    await paced(
      [1, 2, 3],
      1,
      async () => started.push(clock),
      sleep,
      () => clock,
    );
    expect(started).toEqual([0, 1000, 2000]);
    expect(slept).toEqual([1000, 1000]);
  });
});
