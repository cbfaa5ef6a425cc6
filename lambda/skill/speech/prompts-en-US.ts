import type { Question } from '../conversation/state';

/*
 * The questions as the catalogue words them first, and the card's footer: apart from the rest
 * of it (en-US.ts, which holds them too) so that a screen device's opening screen loads only
 * these.
 */

/** The warning signs, briefly, in the order the safety question names them. */
export const WARNING_SIGNS_SPOKEN =
  "dark urine, chest pain or tightness, dizziness, breathlessness, numbness, swelling, fever, or can't move it";

export const QUESTION_PROMPTS: Record<Question, readonly [string, ...string[]]> = {
  area: ['Where are you sore?', 'Where does it hurt?'],
  feel: [
    'Does it feel like a dull ache or stiffness, or a sharp, stabbing pain?',
    'Is it more of a dull ache, or a sharp pain?',
  ],
  severity: ['On a scale of one to ten, how bad is it?', 'How bad is it, from one to ten?'],
  days: ['How many days has it been sore?', 'How long has it been sore, in days?'],
  limits: [
    'Does it limit your movement or your daily tasks?',
    'Is it stopping you from moving normally or doing daily tasks?',
  ],
  redFlags: [`One safety check: any ${WARNING_SIGNS_SPOKEN}? Yes or no?`],
  chest: [
    'Is it soreness in your chest muscles from training, or pain, pressure or tightness inside your chest?',
  ],
  site: ['In the joint itself, or the muscle around it?'],
  sleep: ['How many hours did you sleep last night?'],
  hydration: ['Have you had plenty of water today?'],
};

/** The last line of every card and screen. */
export const CARD_FOOTER =
  'Soreness Coach is a training guide, not medical advice. In an emergency, call your local emergency number.';
