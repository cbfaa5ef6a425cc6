import { type AlexaSession, match, num, said, unknown } from '../skill/alexa';
import { newSession } from '../skill/skill-under-test';

type Script = (session: AlexaSession) => Promise<unknown>;

const SCRIPTS: Script[] = [
  async (session) => {
    await session.launch();
    await session.say('CheckInIntent', { area: match('legs', 'quads') });
    await session.say('FeelIntent', { feel: match('dull') });
    await session.say('DescribeIntent', { description: said('5') });
    await session.say('DaysIntent', { days: num(2) });
    await session.say('AMAZON.NoIntent');
    await session.say('SleepIntent', { sleepHours: num(8) });
    await session.say('HydrationIntent', { hydration: match('good') });
  },
  async (session) => {
    await session.say('CheckInIntent', { area: match('knee'), severity: num(8) });
    await session.say('DaysIntent', { duration: match('few-days') });
    await session.say('AMAZON.YesIntent');
    await session.say('AMAZON.YesIntent');
    await session.say('RedFlagIntent', { redFlag: match('swelling') });
  },
  async (session) => {
    await session.launch();
    await session.say('DescribeIntent', { description: said("I'm not sore") });
    await session.say('SleepIntent', { sleepQuality: match('poor') });
    await session.say('DescribeIntent', { description: said('skip') });
  },
  async (session) => {
    await session.launch();
    await session.say('CheckInIntent', { area: unknown('elbowz') });
    await session.say('AMAZON.FallbackIntent');
    await session.say('AMAZON.FallbackIntent');
  },
  async (session) => {
    await session.say('CheckInIntent', {
      area: match('shoulders'),
      otherArea: match('back'),
      focus: match('lower-body'),
    });
    await session.say('FeelIntent', { feel: match('sharp') });
    await session.say('SeverityIntent', { severityWord: match('mild') });
    await session.say('AMAZON.HelpIntent');
    await session.say('SeverityIntent', { severity: num(3) });
    await session.say('AMAZON.RepeatIntent');
  },
];

/** Session attributes exactly as the skill wrote them during real, scripted conversations. */
export async function recordRealStates(): Promise<Record<string, unknown>[]> {
  const states: Record<string, unknown>[] = [];
  for (const script of SCRIPTS) {
    const { session } = newSession();
    const send = session.send.bind(session);
    session.send = async (envelope) => {
      // A script that outlives its session goes on in a new one, as the user would.
      if (session.ended) Object.assign(session, { ended: false, isNew: true, attributes: {} });
      const response = await send(envelope);
      if (response.sessionAttributes) states.push(response.sessionAttributes);
      return response;
    };
    await script(session);
  }
  return states;
}
