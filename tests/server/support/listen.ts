import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createHttpServer, type ServerTimeouts } from '../../../server/http-server';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listenOnLoopback(
  app: Express,
  timeouts: Partial<ServerTimeouts> = {},
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = createHttpServer(app, timeouts);
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
