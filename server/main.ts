import type { AddressInfo } from 'node:net';
import { ConfigError, parseServerConfig } from './config';
import { createServer } from './create-server';
import { createHttpServer } from './http-server';
import { closeGracefully } from './shutdown';

function main(): void {
  let config: ReturnType<typeof parseServerConfig>;
  try {
    config = parseServerConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`soreness-coach server: ${error.message}`);
    process.exit(2);
  }

  if (config.devInsecure) {
    console.warn(
      'WARNING: request signature and timestamp verification are OFF (development mode). ' +
        'Anyone who can reach this port can call the skill. Never expose it.',
    );
  }

  const app = createServer({
    skillId: config.skillId,
    devInsecure: config.devInsecure,
    prefetchAmazonCertificate: config.prefetchCertificate,
  });
  const server = createHttpServer(app).listen(config.port, config.host, () => {
    const { address, port } = server.address() as AddressInfo;
    console.log(`soreness-coach server listening on http://${address}:${port}`);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`soreness-coach server: ${signal} received, finishing in-flight requests`);
    closeGracefully(server).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`soreness-coach server: ${error instanceof Error ? error.message : error}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
