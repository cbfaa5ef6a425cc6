import { escapeXmlCharacters } from 'ask-sdk-core';

const MAX_ECHO_LENGTH = 40;

/**
 * Makes something the user said safe to speak back: letters, digits, spaces, apostrophes
 * and hyphens only, short, then XML-escaped so it can never break the SSML around it.
 */
export function userText(heard: string): string {
  const plain = heard
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}' -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_ECHO_LENGTH)
    .trim();
  return escapeXmlCharacters(plain);
}
