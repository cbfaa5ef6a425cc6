import type { HandlerInput, RequestHandler, ResponseInterceptor } from 'ask-sdk-core';

/**
 * The skill's code past the opening turn, loaded by the first request that needs it. A cold
 * LaunchRequest, the usual first request after an idle spell, then compiles only the opening
 * (docs/performance.md). ask-sdk's Skill stays the dispatcher: these are ordinary handlers and
 * interceptors whose work starts with an import, which ask-sdk awaits like any promise.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    // A load that failed is tried again by the next request, not remembered for the container.
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}

/**
 * Stands in the chain for handlers loaded on first use, asked in their own order: the first
 * whose canHandle is true handles the request, as if each stood in the chain itself. Which one
 * took it is asked again in handle rather than kept per request: a weak map keyed by the
 * request kept each turn's objects alive through a scavenge, and V8 doubled the young
 * generation for it (measured: 8 → 16 MiB over 11,000 warm turns).
 */
export function deferredHandlers(load: () => Promise<readonly RequestHandler[]>): RequestHandler {
  let loaded: readonly RequestHandler[] | undefined;
  const taker = async (input: HandlerInput) => {
    loaded ??= await load();
    for (const handler of loaded) {
      const takes = handler.canHandle(input);
      if (takes === true || (takes !== false && (await takes))) return handler;
    }
    return undefined;
  };
  return {
    canHandle: async (input) => (await taker(input)) !== undefined,
    handle: async (input) => {
      const handler = await taker(input);
      if (!handler) throw new Error('a deferred handler was asked to handle what it did not take');
      return handler.handle(input);
    },
  };
}

/**
 * An interceptor loaded only for the requests `wanted` picks out (a device with a screen). It
 * adds to an answer that is already whole (the answer may be urgent advice), so if it cannot be
 * loaded or fails, the answer goes out without it and `leftOut` logs why.
 */
export function deferredInterceptor(
  wanted: (input: HandlerInput) => boolean,
  load: () => Promise<ResponseInterceptor>,
  leftOut: (input: HandlerInput, error: unknown) => void,
): ResponseInterceptor {
  return {
    process: async (input, response) => {
      if (!wanted(input)) return;
      try {
        await (await load()).process(input, response);
      } catch (error) {
        leftOut(input, error);
      }
    },
  };
}
