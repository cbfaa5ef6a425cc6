import { describe, expect, it } from 'vitest';
import { match, num, said } from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';

describe('the logging interceptors', () => {
  it('an advice turn logs its request line, then the verdict', async () => {
    const { session, logs } = newSession();
    await session.say('CheckInIntent', { area: match('legs') });
    await session.say('FeelIntent', { feel: match('dull') });
    await session.say('DescribeIntent', { description: said('5') });
    await session.say('DaysIntent', { days: num(2) });
    const before = logs.length;
    const advice = await session.say('AMAZON.NoIntent');
    expect(advice.sessionAttributes?.lastAdvice).toMatchObject({ verdict: 'modify' });
    const requestId = `amzn1.echo-api.request.test-${session.requestCount}`;
    expect(logs.slice(before)).toEqual([
      { event: 'request', requestType: 'IntentRequest', intent: 'AMAZON.NoIntent', requestId },
      { event: 'advice', verdict: 'modify', requestId },
    ]);
  });

  it('a question turn logs only its request line; a launch has no intent', async () => {
    const { session, logs } = newSession();
    await session.launch();
    await session.say('CheckInIntent', { area: match('knee') });
    expect(logs).toEqual([
      {
        event: 'request',
        requestType: 'LaunchRequest',
        requestId: 'amzn1.echo-api.request.test-1',
      },
      {
        event: 'request',
        requestType: 'IntentRequest',
        intent: 'CheckInIntent',
        requestId: 'amzn1.echo-api.request.test-2',
      },
    ]);
  });
});
