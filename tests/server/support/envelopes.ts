import { LOCAL_SKILL_ID } from '../../../lambda/skill';

export const CERT_CHAIN_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';

interface LaunchOptions {
  /** null leaves the timestamp out. */
  timestamp?: Date | null;
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
      timestamp:
        options.timestamp === null ? undefined : (options.timestamp ?? new Date()).toISOString(),
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
