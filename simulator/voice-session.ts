import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { delegatedIntent, nextDelegateStep } from './dialog-delegate';
import {
  buildRequestEnvelope,
  type Caller,
  type DialogState,
  newCaller,
  newSessionId,
  type RequestBody,
  type SessionState,
} from './envelope';
import type { InteractionModelFile } from './model/schema';
import { launchPhrase } from './name-free';
import { compileModel } from './nlu/compile-model';
import type { Elicitation, RequestIntent } from './nlu/types';
import { understand } from './nlu/understand';
import { type Heard, keepsSessionOpen, readElicitation, readHeard } from './read-response';
import { readScreen, type ShownScreen } from './screen-text';

/** Anything that answers envelopes like the ask-sdk Skill does. */
export interface InvocableSkill {
  invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
}

export interface VoiceSessionOptions {
  skill: InvocableSkill;
  model: InteractionModelFile;
  locale: string;
  skillId: string;
  now?: () => Date;
  /** A device with a screen (an Echo Show): it shows the skill's screens and takes taps. */
  screen?: boolean;
}

export interface Turn extends Heard {
  utterance: string;
  request: RequestEnvelope;
  response: ResponseEnvelope;
  sessionOpen: boolean;
  /** What the screen shows after this turn, on a device with one. */
  screen?: ShownScreen;
}

/** "tap: dull ache": a touch on the screen instead of words. */
const TAP = /^\s*tap\s*:\s*(.+?)\s*$/i;

export interface VoiceSession {
  /** Sends what the user says to the skill, as Alexa would, and returns what comes back. */
  say(utterance: string): Promise<Turn>;
  /** Leaves an open session the way a user walking away does (SessionEndedRequest). */
  end(): Promise<Turn | undefined>;
  readonly isOpen: boolean;
}

/** What the simulator says when name-free routing would not reach the skill. */
export const NOT_ROUTED =
  '(Alexa would not bring this to Soreness Coach: it answered NO to CanFulfillIntentRequest. Say "open soreness coach" first.)';

/** A tap that matches nothing on the screen, or a tap with no screen to tap. */
export class NothingToTapError extends Error {
  override name = 'NothingToTapError';
}

export class EmptyUtteranceError extends Error {
  override name = 'EmptyUtteranceError';
  constructor() {
    super('Nothing to say: type what you would say to the speaker, e.g. "open soreness coach".');
  }
}

export function createVoiceSession(options: VoiceSessionOptions): VoiceSession {
  const compiled = compileModel(options.model.interactionModel.languageModel);
  const dialogIntents = new Set(
    (options.model.interactionModel.dialog?.intents ?? []).map((intent) => intent.name),
  );
  const now = options.now ?? (() => new Date());
  const caller: Caller = newCaller();
  let session: SessionState | undefined;
  let elicitation: Elicitation | undefined;
  /** The last screen shown, whose choices a tap picks from. */
  let screen: ShownScreen | undefined;

  const startSession = (): SessionState => ({
    sessionId: newSessionId(),
    isNew: true,
    attributes: {},
  });

  const send = async (utterance: string, state: SessionState, body: RequestBody): Promise<Turn> => {
    const request = buildRequestEnvelope({
      skillId: options.skillId,
      locale: options.locale,
      caller,
      session: state,
      body,
      now: now(),
      ...(options.screen ? { screen: true } : {}),
    });
    const response = await options.skill.invoke(request);
    const open = body.type !== 'SessionEndedRequest' && keepsSessionOpen(response);
    const sentIntent: RequestIntent | undefined =
      body.type === 'IntentRequest' ? body.intent : undefined;
    elicitation = open ? readElicitation(response, sentIntent?.name) : undefined;
    session = open
      ? { sessionId: state.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} }
      : undefined;
    // A skill that delegates again after COMPLETED would loop; Alexa stops there too.
    const completed = body.type === 'IntentRequest' && body.dialogState === 'COMPLETED';
    const delegated = open && !completed ? delegatedIntent(response, sentIntent) : undefined;
    if (session && delegated) return delegate(utterance, session, delegated, request, response);
    const shown = options.screen ? readScreen(response) : undefined;
    if (shown) screen = shown;
    return {
      utterance,
      request,
      response,
      sessionOpen: open,
      ...readHeard(response),
      ...(shown ? { screen: shown } : {}),
    };
  };

  /** Alexa runs a delegated dialog itself from the dialog model's prompts. */
  const delegate = async (
    utterance: string,
    state: SessionState,
    intent: RequestIntent,
    request: RequestEnvelope,
    response: ResponseEnvelope,
  ): Promise<Turn> => {
    const step = nextDelegateStep(options.model, intent);
    if (step.kind === 'complete') {
      return send(utterance, state, { type: 'IntentRequest', intent, dialogState: 'COMPLETED' });
    }
    const slots = intent.slots;
    elicitation = slots
      ? { intent: intent.name, slot: step.slot, slots }
      : { intent: intent.name, slot: step.slot };
    return { utterance, request, response, sessionOpen: true, speech: step.prompt };
  };

  /**
   * A skill launch phrase opens the skill; anything else is offered to it with
   * CanFulfillIntentRequest first, and reaches it, as a one-shot, only on YES or MAYBE.
   */
  const nameFree = async (utterance: string, intent: RequestIntent): Promise<Turn> => {
    if (launchPhrase(options.model, utterance)) {
      return send(utterance, startSession(), { type: 'LaunchRequest' });
    }
    const offer = await send(utterance, startSession(), {
      type: 'CanFulfillIntentRequest',
      intent,
    });
    const answer = offer.response.response.canFulfillIntent?.canFulfill;
    if (answer === 'YES' || answer === 'MAYBE') {
      const dialogState = dialogStateFor(intent.name, false);
      return send(utterance, startSession(), {
        type: 'IntentRequest',
        intent,
        ...(dialogState ? { dialogState } : {}),
      });
    }
    return { ...offer, speech: NOT_ROUTED };
  };

  /** A tap on a choice of the screen, by its label or answer id, sent as APL sends it. */
  const touch = async (utterance: string, label: string): Promise<Turn> => {
    const wanted = label.toLowerCase();
    const choice = screen?.choices.find(
      (each) => each.label.toLowerCase() === wanted || each.answer === wanted,
    );
    if (!session || !screen || !choice) {
      const shown = screen?.choices.map((each) => each.label).join(' | ');
      throw new NothingToTapError(
        shown ? `Nothing on the screen reads "${label}": tap one of ${shown}` : 'No screen to tap.',
      );
    }
    return send(utterance, session, {
      type: 'Alexa.Presentation.APL.UserEvent',
      token: screen.token,
      arguments: ['answer', screen.question ?? '', choice.answer],
    });
  };

  const dialogStateFor = (intentName: string, continuing: boolean): DialogState | undefined => {
    if (!dialogIntents.has(intentName)) return undefined;
    return continuing ? 'IN_PROGRESS' : 'STARTED';
  };

  return {
    get isOpen() {
      return session !== undefined;
    },
    async say(utterance) {
      const tap = TAP.exec(utterance)?.[1];
      if (tap !== undefined) return touch(utterance, tap);
      const understood = understand(compiled, utterance, options.skillId, elicitation);
      // Only fillers ("uh"): with no session there is nothing to send; inside one, Alexa sends
      // what it sends for speech it cannot place, the fallback, and the skill asks again.
      if (understood.kind === 'empty') {
        if (!session || utterance.trim() === '') throw new EmptyUtteranceError();
        return send(utterance, session, {
          type: 'IntentRequest',
          intent: { name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE', slots: {} },
        });
      }
      if (understood.kind === 'launch') {
        return send(utterance, startSession(), { type: 'LaunchRequest' });
      }
      // Said without the skill's name and with no session open: Alexa's name-free routing.
      if (!session && !understood.oneShot) return nameFree(utterance, understood.intent);
      const state = understood.oneShot || !session ? startSession() : session;
      const continuing =
        !state.isNew && elicitation !== undefined && elicitation.intent === understood.intent.name;
      const dialogState = dialogStateFor(understood.intent.name, continuing);
      return send(utterance, state, {
        type: 'IntentRequest',
        intent: understood.intent,
        ...(dialogState ? { dialogState } : {}),
      });
    },
    async end() {
      if (!session) return undefined;
      return send('', session, { type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    },
  };
}
