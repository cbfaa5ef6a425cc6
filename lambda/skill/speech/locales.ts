/**
 * The English-speaking countries the skill is published in. The speech catalogue (en-US.ts) is
 * written once; each locale changes only what must differ there: the emergency number to
 * call, and spelling. Anything else in English reads the same in all five.
 */
export const SKILL_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;
export type SkillLocale = (typeof SKILL_LOCALES)[number];

interface LocaleSpeech {
  /** The number to call in an emergency there (emergency services, all of them). */
  emergencyNumber: string;
  /** US spellings as written in the catalogue, and the local spelling. */
  spellings: ReadonlyArray<readonly [RegExp, string]>;
}

const COMMONWEALTH_SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcolored\b/g, 'coloured'],
  [/\bcolor\b/g, 'colour'],
];

export const LOCALE_SPEECH: Readonly<Record<SkillLocale, LocaleSpeech>> = {
  'en-US': { emergencyNumber: '911', spellings: [] },
  'en-CA': { emergencyNumber: '911', spellings: COMMONWEALTH_SPELLING },
  'en-GB': { emergencyNumber: '999', spellings: COMMONWEALTH_SPELLING },
  'en-AU': { emergencyNumber: '000', spellings: COMMONWEALTH_SPELLING },
  'en-IN': { emergencyNumber: '112', spellings: COMMONWEALTH_SPELLING },
};

const isSkillLocale = (locale: string | undefined): locale is SkillLocale =>
  (SKILL_LOCALES as readonly string[]).includes(locale ?? '');

/** The catalogue's words for the number to call; a locale of its own names the number. */
const LOCAL_EMERGENCY_NUMBER = /\byour local emergency number\b/g;

/**
 * Catalogue text as said in the request's locale. A locale the skill is not published in keeps
 * "your local emergency number": naming a wrong number would be worse than naming none. In
 * speech (SSML) the number is marked as one to dial, so "999" is said "nine nine nine", never
 * "nine hundred and ninety-nine"; on a card or a screen it is written plainly.
 */
export function localiseSpeech(
  text: string,
  locale: string | undefined,
  form: 'ssml' | 'text' = 'text',
): string {
  if (!isSkillLocale(locale)) return text;
  const { emergencyNumber, spellings } = LOCALE_SPEECH[locale];
  const number =
    form === 'ssml'
      ? `<say-as interpret-as="telephone">${emergencyNumber}</say-as>`
      : emergencyNumber;
  let localised = text.replace(LOCAL_EMERGENCY_NUMBER, `emergency services on ${number}`);
  for (const [us, local] of spellings) localised = localised.replace(us, local);
  return localised;
}
