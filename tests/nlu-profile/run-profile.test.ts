import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInteractionModel } from '../../simulator';
import { phrasingAnnotations, signAnnotations } from '../../tools/nlu-profile/annotations';
import { selectedIntentOf } from '../../tools/nlu-profile/profile-response';
import { runProfile } from '../../tools/nlu-profile/run-profile';
import { signsResolved } from '../../tools/nlu-profile/signs';
import type { Fetch } from '../../tools/nlu-profile/smapi-client';
import { judgeUnderstood, type Phrasing } from '../voice/phrasing-corpus';
import { fixture } from './fixtures';

const ENV = {
  LWA_CLIENT_ID: 'amzn1.application-oa2-client.abc',
  LWA_CLIENT_SECRET: 'client-secret',
  LWA_REFRESH_TOKEN: 'Atzr|refresh',
  SKILL_ID: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
};
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const phrasing = (say: string, expect: Phrasing['expect'], file = 'first-sentence'): Phrasing => ({
  file,
  say,
  expect,
  heldOut: false,
});

describe("reading Alexa's answer as the offline corpus reads the simulator's", () => {
  it('judges a selected intent with resolved slots against the label', () => {
    const understood = selectedIntentOf(fixture('selected-check-in.json') as never);
    const right = phrasing('my quads are sore', [
      { intent: 'CheckInIntent', slots: { area: 'legs', feel: 'dull' } },
    ]);
    const wrong = phrasing('my quads are sharp', [
      { intent: 'CheckInIntent', slots: { area: 'legs', feel: 'sharp' } },
    ]);
    expect(judgeUnderstood(right, understood)).toMatchObject({ understood: true, byModel: true });
    expect(judgeUnderstood(wrong, understood)).toMatchObject({ understood: false, byModel: false });
  });

  it('reads the warning signs resolved, and nothing selected as a miss', () => {
    expect(signsResolved(selectedIntentOf(fixture('selected-sign.json') as never))).toEqual([
      'dizziness',
    ]);
    const none = selectedIntentOf(fixture('nothing-selected.json') as never);
    expect(none).toEqual({ kind: 'none' });
    const line = phrasing('I feel fine', [{ intent: 'NotSoreIntent', slots: {} }]);
    expect(judgeUnderstood(line, none).understood).toBe(false);
  });
});

describe('npm run nlu:profile', () => {
  it('says what it needs and exits non-zero without credentials, calling nothing', async () => {
    const lines: string[] = [];
    const fetch: Fetch = async () => {
      throw new Error('no call may be made');
    };
    const code = await runProfile({ argv: [], env: {}, fetch, log: (line) => lines.push(line) });
    expect(code).toBe(1);
    const said = lines.join('\n');
    for (const name of ['LWA_CLIENT_ID', 'LWA_CLIENT_SECRET', 'LWA_REFRESH_TOKEN', 'SKILL_ID']) {
      expect(said).toContain(`${name} is not set`);
    }
    expect(said).toContain('docs/nlu-profiling.md');
  });

  it('profiles each line at the bounded rate and writes both figures side by side', async () => {
    const out = mkdtempSync(join(tmpdir(), 'nlu-profile-'));
    made.push(out);
    const urls: string[] = [];
    const fetch: Fetch = async (url) => {
      urls.push(url);
      const body = url.includes('/auth/o2/token')
        ? { access_token: 'token', expires_in: 3600 }
        : fixture('nothing-selected.json');
      return { ok: true, status: 200, json: async () => body };
    };
    const slept: number[] = [];
    const code = await runProfile({
      argv: ['--locale', 'en-GB', '--limit', '3', '--rate', '4', '--out', out],
      env: ENV,
      fetch,
      log: () => {},
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    expect(code).toBe(0);
    const profiled = urls.filter((url) => url.endsWith('/locales/en-GB/profileNlu'));
    expect(profiled).toHaveLength(6);
    expect(slept.every((ms) => ms <= 250)).toBe(true);
    const [report] = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.locale).toBe('en-GB');
    expect(report.alexa.bySkill.all).toEqual({ right: 0, total: 3 });
    expect(report.offline.bySkill.all.total).toBe(3);
    expect(report.alexa.safety.total).toBe(3);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(
      /\| understood \(all\) \| 0\.0% \(0\/3\) \|/,
    );
  });

  it('refuses a rate above the bound', async () => {
    const fetch: Fetch = async () => {
      throw new Error('no call may be made');
    };
    await expect(
      runProfile({ argv: ['--rate', '50'], env: ENV, fetch, log: () => {} }),
    ).rejects.toThrow();
  });
});

describe('npm run nlu:annotations', () => {
  const model = loadInteractionModel('en-US').interactionModel.languageModel;
  const at = '2026-12-07T00:00:00.000Z';

  it("writes Amazon's annotation format, slots by the words said, numbers as digits", () => {
    const set = phrasingAnnotations(
      model,
      [
        phrasing('my quads are sore, about a seven', [
          { intent: 'CheckInIntent', slots: { area: 'legs', feel: 'dull', severity: 7 } },
        ]),
        phrasing('open soreness coach', [{ intent: 'launch', slots: {} }]),
      ],
      at,
    );
    expect(set).toEqual({
      data: [
        {
          inputs: { utterance: 'my quads are sore, about a seven', referenceTimestamp: at },
          expected: [
            {
              intent: {
                name: 'CheckInIntent',
                slots: {
                  area: { value: 'quads' },
                  feel: { value: 'sore' },
                  severity: { value: '7' },
                },
              },
            },
          ],
        },
      ],
    });
  });

  it('labels warning-sign lines as RedFlagIntent and leaves out the lines with no sign', () => {
    const set = signAnnotations(
      model,
      [
        { say: 'I feel dizzy', signs: ['dizziness'] },
        { say: 'my pecs are sore from bench', signs: [] },
      ],
      at,
    );
    expect(set.data).toHaveLength(1);
    expect(set.data[0]?.expected[0]?.intent.name).toBe('RedFlagIntent');
    expect(set.data[0]?.expected[0]?.intent.slots?.redFlag?.value).toBe('dizzy');
  });
});
