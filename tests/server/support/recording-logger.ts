import type { LogEntry, Logger } from '../../../lambda/skill';

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  return { entries, info: (entry) => entries.push(entry), error: (entry) => entries.push(entry) };
}
