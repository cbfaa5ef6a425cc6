/**
 * What the skill may log: request type, intent name, verdict, request id and error names.
 * The field list is closed on purpose: slot values and user ids have nowhere to go (docs/privacy-policy.md).
 */
export interface LogEntry {
  event: string;
  requestType?: string;
  intent?: string;
  verdict?: string;
  requestId?: string;
  reason?: string;
  error?: string;
}

export interface Logger {
  info(entry: LogEntry): void;
  error(entry: LogEntry): void;
}

export const consoleLogger: Logger = {
  info: (entry) => console.log(JSON.stringify(entry)),
  error: (entry) => console.error(JSON.stringify(entry)),
};

/** Names come from Alexa, but an invented one must not flood the logs. */
export const loggable = (name: string) => name.replace(/[^A-Za-z0-9_.]/g, '?').slice(0, 100);

export const silentLogger: Logger = { info: () => {}, error: () => {} };
