import * as z from 'zod';
import type { Credentials } from './credentials';
import { type ProfileNluResponse, ProfileNluResponseSchema } from './profile-response';

export const LWA_TOKEN_URL = 'https://api.amazon.com/auth/o2/token';
export const SMAPI_ORIGIN = 'https://api.amazonalexa.com';

export interface HttpRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

/** Just the part of fetch the client uses, so tests hand it answers and nothing leaves the box. */
export type Fetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** Login with Amazon's refresh-token grant: a short-lived access token for SMAPI. */
export function tokenRequest(credentials: Credentials): HttpRequest {
  return {
    url: LWA_TOKEN_URL,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.LWA_REFRESH_TOKEN,
      client_id: credentials.LWA_CLIENT_ID,
      client_secret: credentials.LWA_CLIENT_SECRET,
    }).toString(),
  };
}

const TokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
});

/** POST /v1/skills/{skillId}/stages/{stage}/interactionModel/locales/{locale}/profileNlu */
export function profileNluRequest(
  credentials: Credentials,
  accessToken: string,
  locale: string,
  utterance: string,
  multiTurnToken?: string,
): HttpRequest {
  const path = [
    'v1/skills',
    encodeURIComponent(credentials.SKILL_ID),
    'stages',
    credentials.SKILL_STAGE,
    'interactionModel/locales',
    encodeURIComponent(locale),
    'profileNlu',
  ].join('/');
  return {
    url: `${SMAPI_ORIGIN}/${path}`,
    method: 'POST',
    headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ utterance, ...(multiTurnToken && { multiTurnToken }) }),
  };
}

export class SmapiError extends Error {
  override name = 'SmapiError';
}

/** The Utterance Profiler behind one access token, renewed a minute before it expires. */
export function createProfiler(credentials: Credentials, fetch: Fetch, now = () => Date.now()) {
  let token: { value: string; until: number } | undefined;

  const send = async (request: HttpRequest, what: string): Promise<unknown> => {
    const { url, ...init } = request;
    const response = await fetch(url, init);
    if (!response.ok) {
      // The body may echo the request; the status alone says what to fix.
      throw new SmapiError(`${what} failed with HTTP ${response.status}`);
    }
    return response.json();
  };

  const accessToken = async (): Promise<string> => {
    if (token && now() < token.until) return token.value;
    const parsed = TokenResponseSchema.safeParse(
      await send(tokenRequest(credentials), 'Login with Amazon token exchange'),
    );
    if (!parsed.success) throw new SmapiError('Login with Amazon answered without a token');
    token = {
      value: parsed.data.access_token,
      until: now() + (parsed.data.expires_in - 60) * 1000,
    };
    return token.value;
  };

  return async (locale: string, utterance: string): Promise<ProfileNluResponse> => {
    const request = profileNluRequest(credentials, await accessToken(), locale, utterance);
    const parsed = ProfileNluResponseSchema.safeParse(
      await send(request, `profileNlu (${locale})`),
    );
    if (!parsed.success) {
      throw new SmapiError(`profileNlu (${locale}) answered in an unknown shape`);
    }
    return parsed.data;
  };
}
