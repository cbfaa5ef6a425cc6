import type { IntentName } from '../conversation/intent-names';
import type { Question } from '../conversation/state';

/** One touchable answer: what the screen shows, and the id the tap sends back. */
export interface Choice {
  label: string;
  answer: string;
}

/**
 * What a tap means: the intent and slot a person saying the same answer would reach. A tap
 * goes through the very handler the spoken answer does, so it changes the same state and passes
 * the same safety screen.
 */
export type SpokenAs =
  | { intent: IntentName; slot: string; id: string }
  | { intent: IntentName; slot: string; number: number }
  | { intent: IntentName };

interface TouchQuestion {
  choices: readonly Choice[];
  spokenAs: (answer: string) => SpokenAs | undefined;
}

const yesNo: TouchQuestion = {
  choices: [
    { label: 'Yes', answer: 'yes' },
    { label: 'No', answer: 'no' },
  ],
  spokenAs: (answer) =>
    answer === 'yes'
      ? { intent: 'AMAZON.YesIntent' }
      : answer === 'no'
        ? { intent: 'AMAZON.NoIntent' }
        : undefined,
};

const byId = (intent: IntentName, slot: string, choices: readonly Choice[]): TouchQuestion => ({
  choices,
  spokenAs: (answer) =>
    choices.some((choice) => choice.answer === answer) ? { intent, slot, id: answer } : undefined,
});

const numbers = (
  intent: IntentName,
  slot: string,
  from: number,
  to: number,
  unit?: { one: string; many: string },
): TouchQuestion => {
  const choices = Array.from({ length: to - from + 1 }, (_, index) => {
    const value = from + index;
    const label = unit ? `${value} ${value === 1 ? unit.one : unit.many}` : String(value);
    return { label, answer: String(value) };
  });
  return {
    choices,
    spokenAs: (answer) =>
      choices.some((choice) => choice.answer === answer)
        ? { intent, slot, number: Number(answer) }
        : undefined,
  };
};

const AREA_CHOICES: readonly Choice[] = [
  { label: 'Legs', answer: 'legs' },
  { label: 'Calves', answer: 'calves' },
  { label: 'Glutes', answer: 'glutes' },
  { label: 'Back', answer: 'back' },
  { label: 'Lower back', answer: 'lower-back' },
  { label: 'Shoulders', answer: 'shoulders' },
  { label: 'Arms', answer: 'arms' },
  // The bare chest, as "my chest" said aloud: the chest question then asks muscle or inside.
  { label: 'Chest', answer: 'chest-unclear' },
  { label: 'Core', answer: 'core' },
  { label: 'Knee', answer: 'knee' },
  // A hip, as "my hip" said aloud: the joint-or-muscle question follows when it matters.
  { label: 'Hip', answer: 'hip-unclear' },
  { label: 'All over', answer: 'whole-body' },
];

/** The questions a screen answers by touch, and how each tap is heard. */
export const TOUCH_QUESTIONS: Readonly<Record<Question, TouchQuestion>> = {
  area: byId('CheckInIntent', 'area', AREA_CHOICES),
  feel: byId('FeelIntent', 'feel', [
    { label: 'Dull ache or stiffness', answer: 'dull' },
    { label: 'Sharp, stabbing pain', answer: 'sharp' },
  ]),
  severity: numbers('SeverityIntent', 'severity', 1, 10),
  // Eight days is "more than a week", which the rules treat as such.
  days: numbers('DaysIntent', 'days', 1, 8, { one: 'day', many: 'days' }),
  limits: yesNo,
  redFlags: yesNo,
  chest: {
    choices: [
      { label: 'Sore chest muscles, from training', answer: 'muscle' },
      { label: 'Pain, pressure or tightness inside', answer: 'inside' },
    ],
    // "Inside" is the warning sign itself, heard as it is said: "pressure inside my chest".
    spokenAs: (answer) =>
      answer === 'muscle'
        ? { intent: 'SiteIntent', slot: 'site', id: 'muscle' }
        : answer === 'inside'
          ? { intent: 'RedFlagIntent', slot: 'redFlag', id: 'chest-pain' }
          : undefined,
  },
  site: byId('SiteIntent', 'site', [
    { label: 'In the joint', answer: 'joint' },
    { label: 'The muscle around it', answer: 'muscle' },
  ]),
  sleep: numbers('SleepIntent', 'sleepHours', 4, 9, { one: 'hour', many: 'hours' }),
  hydration: yesNo,
};
