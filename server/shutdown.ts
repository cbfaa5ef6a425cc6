import type { Server } from 'node:http';

/** Long enough for an Alexa request (which times out at 8 s) to finish, short enough for a supervisor. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * Stops accepting connections, lets in-flight requests finish, then resolves.
 * Rejects if requests are still open at the deadline, so the caller can exit non-zero.
 */
export function closeGracefully(server: Server, deadlineMs = SHUTDOWN_DEADLINE_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      reject(new Error('in-flight requests did not finish before the shutdown deadline'));
    }, deadlineMs);
    deadline.unref();
    server.close((error) => {
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    });
    // Keep-alive sockets with no request in flight would otherwise hold close() open.
    server.closeIdleConnections();
  });
}
