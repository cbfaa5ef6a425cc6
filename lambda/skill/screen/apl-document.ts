import document from './apl-document.json';

/**
 * The one APL document, bundled with the screens' code: only a device with a screen loads that
 * chunk, so a speaker's cold start never compiles it. It is the skill's own file, validated in
 * the tests (tests/voice/screen.test.ts), so it is not checked again.
 */
export const APL_DOCUMENT: Record<string, unknown> = document;
