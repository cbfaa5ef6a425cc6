import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { ELICITED_SLOTS } from '../../lambda/skill/conversation/elicitation';
import { SKILL_LOCALES } from '../../lambda/skill/speech/locales';
import { speaker } from '../voice/speaker';
import { dialogDirectiveProblems, dialogModelFor } from './dialog-directives';

/** Conversations that between them ask every question that elicits a slot. */
const CONVERSATIONS = [
  ['open soreness coach', 'my legs hurt', 'a dull ache', 'eight', 'two days', 'no', 'no'],
  ['open soreness coach', 'my quads are pretty sore', 'three days', 'no', 'eight hours', 'yes'],
  ['open soreness coach', 'my chest is sore'],
  ['open soreness coach', 'my shoulder hurts', 'six'],
] as const;

const elicitsOf = (response: ResponseEnvelope) =>
  (response.response.directives ?? []).flatMap((directive) =>
    directive.type === 'Dialog.ElicitSlot'
      ? [`${directive.updatedIntent?.name}.${directive.slotToElicit}`]
      : [],
  );

describe.each(SKILL_LOCALES)('the dialog model behind each question (%s)', (locale) => {
  it('accepts every Dialog.ElicitSlot the skill sends, and the skill sends them all', async () => {
    const seen = new Set<string>();
    for (const lines of CONVERSATIONS) {
      const session = speaker(locale);
      for (const line of lines) {
        // speaker() fails the turn on any directive Alexa would refuse.
        const turn = await session.say(line);
        for (const elicit of elicitsOf(turn.response)) seen.add(elicit);
      }
    }
    const asked = Object.values(ELICITED_SLOTS).flatMap((slot) =>
      slot ? [`${slot.intent}.${slot.slot}`] : [],
    );
    expect([...seen].sort()).toEqual([...new Set(asked)].sort());
  });
});

describe('the Dialog directive check', () => {
  const model = dialogModelFor('en-US');
  const elicit = (intent: string, slot: string, slots: Record<string, object>) =>
    ({
      version: '1.0',
      response: {
        directives: [
          {
            type: 'Dialog.ElicitSlot',
            slotToElicit: slot,
            updatedIntent: { name: intent, confirmationStatus: 'NONE', slots },
          },
        ],
      },
    }) as ResponseEnvelope;
  const empty = (...names: string[]) =>
    Object.fromEntries(names.map((name) => [name, { name, confirmationStatus: 'NONE' }]));

  it('refuses an updatedIntent that carries only the slot it elicits', () => {
    const problems = dialogDirectiveProblems(model, elicit('DescribeIntent', 'description', {}));
    expect(problems).toEqual([
      'Dialog.ElicitSlot DescribeIntent: updatedIntent leaves out slot description',
      'Dialog.ElicitSlot DescribeIntent: updatedIntent leaves out slot asked',
    ]);
  });

  it('refuses an intent or slot the model lacks, and a slot the dialog does not elicit', () => {
    expect(dialogDirectiveProblems(model, elicit('NoSuchIntent', 'x', {}))).toEqual([
      'Dialog.ElicitSlot NoSuchIntent: the model has no such intent',
    ]);
    const description = empty('description', 'asked');
    expect(dialogDirectiveProblems(model, elicit('DescribeIntent', 'nope', description))).toEqual([
      'Dialog.ElicitSlot DescribeIntent: slot to elicit nope is not declared on the intent',
    ]);
    expect(dialogDirectiveProblems(model, elicit('FeelIntent', 'feel', empty('feel')))).toEqual([
      'Dialog.ElicitSlot FeelIntent: the intent is not in the dialog model',
      'Dialog.ElicitSlot FeelIntent: slot feel is not elicitationRequired in the dialog model',
      'Dialog.ElicitSlot FeelIntent: slot feel has no elicitation prompt in prompts[]',
    ]);
  });

  it('refuses a prompt id that prompts[] does not define, and delegation left to Alexa', () => {
    const broken = structuredClone(model);
    broken.interactionModel.prompts = [];
    const description = empty('description', 'asked');
    const asked = elicit('DescribeIntent', 'description', description);
    expect(dialogDirectiveProblems(broken, asked)).toEqual([
      'Dialog.ElicitSlot DescribeIntent: slot description has no elicitation prompt in prompts[]',
    ]);
    const delegated = structuredClone(model);
    for (const intent of delegated.interactionModel.dialog?.intents ?? []) {
      intent.delegationStrategy = 'ALWAYS';
    }
    expect(dialogDirectiveProblems(delegated, asked)).toEqual([
      "Dialog.ElicitSlot DescribeIntent: the intent's delegation is not SKILL_RESPONSE",
    ]);
  });
});
