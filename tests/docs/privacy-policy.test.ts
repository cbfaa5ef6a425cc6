import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import manifest from '../../interaction-model/skill.json';
import { VERDICTS } from '../../lambda/core';
import type { LogEntry } from '../../lambda/skill';
import { SKILL_ID, synthTemplate } from '../infra/synth-helpers';
import { ROOT, repositoryFiles } from './repository-files';

/*
 * docs/privacy-policy.md is published as the skill's privacy policy, so every claim in it must
 * stay true of the code and the stack: the fields the logger has, the events the skill logs,
 * the verdicts it writes, how long the log is kept.
 */
const policy = readFileSync(join(ROOT, 'docs', 'privacy-policy.md'), 'utf8');
const section = (heading: string) => {
  const start = policy.indexOf(`## ${heading}`);
  expect(start, heading).toBeGreaterThan(-1);
  const end = policy.indexOf('\n## ', start + 1);
  return policy.slice(start, end === -1 ? undefined : end);
};
const logged = section('What is logged, and for how long');

/** The fields the policy lists, in the order it lists them. */
const DOCUMENTED_FIELDS = [
  'event',
  'requestType',
  'intent',
  'requestId',
  'verdict',
  'reason',
  'error',
] as const;

describe('the privacy policy is true of the code', () => {
  it('lists exactly the fields the logger can write', () => {
    // Compile time: a field added to LogEntry fails tsc here until the policy lists it.
    expectTypeOf<keyof LogEntry>().toEqualTypeOf<(typeof DOCUMENTED_FIELDS)[number]>();
    const listed = [...logged.matchAll(/^- `(\w+)`:/gm)].map((match) => match[1]);
    expect(listed).toEqual([...DOCUMENTED_FIELDS]);
  });

  it('names every event the skill logs', () => {
    const sources = repositoryFiles().filter(
      (file) => file.startsWith('lambda/') && file.endsWith('.ts'),
    );
    const events = new Set(
      sources.flatMap((file) =>
        [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bevent: '([\w-]+)'/g)].map(
          (match) => match[1] ?? '',
        ),
      ),
    );
    expect([...events].sort()).toEqual([
      'advice',
      'alexa-exception',
      'attributes-discarded',
      'handler-error',
      'refused',
      'rejected',
      'request',
      'screen-left-out',
      'slot-too-long',
    ]);
    for (const event of events) expect(logged).toContain(`\`${event}\``);
  });

  it('names every verdict the log can hold', () => {
    for (const verdict of [...VERDICTS, 'general']) expect(logged).toContain(`\`${verdict}\``);
  });

  it('gives the retention the stack sets, and the manifest says the same', () => {
    const template = synthTemplate({ skillId: SKILL_ID });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    expect(logged).toContain('kept for **one month** (30 days)');
    const { publishingInformation } = manifest.manifest;
    expect(publishingInformation.locales['en-US'].description).toContain('for one month');
    expect(publishingInformation.testingInstructions).toContain('for one month');
  });

  it('says what is never logged', () => {
    expect(logged).toMatch(
      /never holds what you said \(slot values\), your answers, your user id, your device id/,
    );
  });
});
