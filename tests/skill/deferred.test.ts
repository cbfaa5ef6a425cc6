import type { HandlerInput, RequestHandler, ResponseInterceptor } from 'ask-sdk-core';
import { describe, expect, it, vi } from 'vitest';
import { deferredHandlers, deferredInterceptor, loadOnce } from '../../lambda/skill/deferred';

const input = (type: string) => ({ requestEnvelope: { request: { type } } }) as HandlerInput;

function handler(type: string, said: string, asynchronous = false): RequestHandler {
  const takes = (request: HandlerInput) => request.requestEnvelope.request.type === type;
  return {
    canHandle: asynchronous ? async (request) => takes(request) : takes,
    handle: (request) => ({
      outputSpeech: { type: 'PlainText', text: `${said} ${request.requestEnvelope.request.type}` },
    }),
  };
}

describe('handlers loaded on first use', () => {
  it('are loaded once, and the first that takes a request handles it, in their order', async () => {
    const load = vi.fn(async () => [
      handler('IntentRequest', 'first'),
      handler('IntentRequest', 'second'),
      handler('SessionEndedRequest', 'ended', true),
    ]);
    const deferred = deferredHandlers(loadOnce(load));
    expect(await deferred.canHandle(input('IntentRequest'))).toBe(true);
    expect(await deferred.handle(input('IntentRequest'))).toMatchObject({
      outputSpeech: { text: 'first IntentRequest' },
    });
    expect(await deferred.canHandle(input('SessionEndedRequest'))).toBe(true);
    expect(await deferred.handle(input('SessionEndedRequest'))).toMatchObject({
      outputSpeech: { text: 'ended SessionEndedRequest' },
    });
    expect(await deferred.canHandle(input('LaunchRequest'))).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('are loaded again by the next request when a load failed, not left broken', async () => {
    const load = vi
      .fn<() => Promise<RequestHandler[]>>()
      .mockRejectedValueOnce(new Error('Cannot find module'))
      .mockResolvedValue([handler('IntentRequest', 'loaded')]);
    const deferred = deferredHandlers(loadOnce(load));
    await expect(deferred.canHandle(input('IntentRequest'))).rejects.toThrow('Cannot find module');
    expect(await deferred.canHandle(input('IntentRequest'))).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('an interceptor loaded on first use', () => {
  const response = () => ({
    outputSpeech: { type: 'PlainText' as const, text: 'Stop training now.' },
  });

  it('is not loaded for a request it does not want', async () => {
    const load = vi.fn(async (): Promise<ResponseInterceptor> => ({ process: () => undefined }));
    const leftOut = vi.fn();
    await deferredInterceptor(() => false, load, leftOut).process(
      input('LaunchRequest'),
      response(),
    );
    expect(load).not.toHaveBeenCalled();
    expect(leftOut).not.toHaveBeenCalled();
  });

  it.each([
    [
      'cannot be loaded',
      async (): Promise<ResponseInterceptor> => Promise.reject(new Error('gone')),
    ],
    [
      'fails',
      async (): Promise<ResponseInterceptor> => ({
        process: () => {
          throw new TypeError('no screen');
        },
      }),
    ],
  ])('that %s leaves the answer whole and says so', async (_, load) => {
    const leftOut = vi.fn();
    const answer = response();
    await deferredInterceptor(() => true, load, leftOut).process(input('IntentRequest'), answer);
    expect(answer).toEqual(response());
    expect(leftOut).toHaveBeenCalledTimes(1);
  });
});
