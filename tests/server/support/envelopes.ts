import { LOCAL_SKILL_ID } from '../../../lambda/skill';

export const CERT_CHAIN_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';

interface LaunchOptions {
  /** null leaves the timestamp out; a string is sent as it is. */
  timestamp?: Date | string | null;
  applicationId?: string;
}

export function launchRequestBody(options: LaunchOptions = {}): string {
  const applicationId = options.applicationId ?? LOCAL_SKILL_ID;
  const application = { applicationId };
  const user = { userId: 'amzn1.ask.account.TESTUSER' };
  return JSON.stringify({
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.test', application, user },
    context: {
      System: { application, user, device: { deviceId: 'test-device', supportedInterfaces: {} } },
    },
    request: {
      type: 'LaunchRequest',
      requestId: 'amzn1.echo-api.request.test',
      timestamp: timestampText(options.timestamp),
      locale: 'en-US',
    },
  });
}

export function postSkillRequest(
  serverUrl: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${serverUrl}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body,
  });
}

function timestampText(timestamp: LaunchOptions['timestamp']): string | undefined {
  if (timestamp === null) return undefined;
  if (typeof timestamp === 'string') return timestamp;
  return (timestamp ?? new Date()).toISOString();
}
