import http from 'node:http';
import type { Express } from 'express';

export interface ServerTimeouts {
  /** From the first byte of a request to the end of its headers. */
  headersMs: number;
  /** From the first byte of a request to the end of its body. */
  requestMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveMs: number;
}

/**
 * Alexa gives up on an answer after 8 seconds, so a request still arriving after 10 is not
 * Alexa's. Keep-alive is Node's usual 5 s; the proxy in front must drop idle upstream
 * connections sooner (docs/self-hosting.md).
 */
export const SERVER_TIMEOUTS: Readonly<ServerTimeouts> = {
  headersMs: 5_000,
  requestMs: 10_000,
  keepAliveMs: 5_000,
};

/**
 * Node checks the header and request deadlines only on this interval (30 s by default), so a
 * slow client would otherwise be cut up to 30 s late, whatever the deadlines say.
 */
export const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

/** The one place the HTTP server and its deadlines are made, for main.ts and the tests alike. */
export function createHttpServer(
  app: Express,
  timeouts: Partial<ServerTimeouts> = {},
): http.Server {
  const { headersMs, requestMs, keepAliveMs } = { ...SERVER_TIMEOUTS, ...timeouts };
  return http.createServer(
    {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      keepAliveTimeout: keepAliveMs,
      connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
    },
    app,
  );
}
