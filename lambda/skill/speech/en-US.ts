import {
  type AreaRegion,
  type BodyArea,
  JOINT_OR_TENDON_AREAS,
  type Reason,
  type RedFlag,
  type Suggestion,
  type TrainingRegion,
  type Verdict,
} from '../../core';
import type { Question } from '../conversation/state';

/** Everything the skill says in en-US. Another locale is another file with the same shape. */

const AREA_NAMES: Record<BodyArea, string> = {
  legs: 'legs',
  calves: 'calves',
  glutes: 'glutes',
  hips: 'hips',
  chest: 'chest',
  back: 'back',
  shoulders: 'shoulders',
  arms: 'arms',
  neck: 'neck',
  core: 'core',
  'lower-back': 'lower back',
  knee: 'knee',
  ankle: 'ankle',
  elbow: 'elbow',
  wrist: 'wrist',
  'shoulder-joint': 'shoulder',
  achilles: 'Achilles',
  'whole-body': 'whole body',
};

const REGION_NAMES: Record<AreaRegion, string> = {
  'lower-body': 'lower body',
  'upper-body': 'upper body',
  core: 'core',
  'whole-body': 'whole body',
};

const RED_FLAG_NAMES: Record<RedFlag, string> = {
  'dark-urine': 'dark urine with muscle pain',
  'chest-pain': 'chest pain',
  dizziness: 'dizziness',
  breathless: 'breathlessness',
  numbness: 'numbness or tingling',
  swelling: 'swelling',
  fever: 'a fever',
  'cannot-move': 'not being able to move it or bear weight',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  train: 'Train',
  modify: 'Train, modified',
  'active-recovery': 'Active recovery',
  rest: 'Rest',
  'see-professional': 'See a professional',
};

export const VERDICT_LINES: Record<Verdict, readonly [string, ...string[]]> = {
  train: ["You're good to train today.", 'Go ahead and train today.'],
  modify: ['Train today, but change the plan.', 'You can train, with one change.'],
  'active-recovery': ['Make today an active recovery day.', 'Go for active recovery today.'],
  rest: ['Rest today.', 'Take a rest day today.'],
  'see-professional': [
    "Don't train through this. Get it checked first.",
    'Skip training and get this checked.',
  ],
};

export const URGENT_LINE = 'Stop training now and contact a doctor or your local emergency number.';

export const DISCLAIMER = "I'm a training guide, not a doctor.";

const PLURAL_AREAS: ReadonlySet<BodyArea> = new Set([
  'legs',
  'calves',
  'glutes',
  'hips',
  'shoulders',
  'arms',
]);

export function areaName(area: BodyArea): string {
  return AREA_NAMES[area];
}

const isJointOrTendon = (area: BodyArea | undefined) =>
  area !== undefined && JOINT_OR_TENDON_AREAS.has(area);

/** "Your legs need" but "your back needs". */
function verb(area: BodyArea | undefined, plural: string, singular: string): string {
  return area && PLURAL_AREAS.has(area) ? plural : singular;
}

function list(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

function redFlagList(flags: readonly RedFlag[] | undefined): string {
  return list(
    (flags ?? []).map((flag) => RED_FLAG_NAMES[flag]),
    'and',
  );
}

/** One sentence: why the verdict is what it is. */
export function reasonSentence(reason: Reason): string {
  const area = reason.area ? areaName(reason.area) : 'it';
  switch (reason.rule) {
    case 'R1':
      return `${capitalise(redFlagList(reason.redFlags) || 'What you describe')} can be a sign of something serious.`;
    case 'R2':
      return reason.redFlags?.length
        ? `${capitalise(redFlagList(reason.redFlags))} is not normal workout soreness.`
        : 'Pain that is getting worse or lasts over a week is not normal workout soreness.';
    case 'R3':
      return isJointOrTendon(reason.area)
        ? `Pain at that level in a joint or tendon like your ${area} can be an injury.`
        : `Sharp pain at that level in your ${area} can be an injury.`;
    case 'R4':
      return isJointOrTendon(reason.area)
        ? `Pain in a joint or tendon like your ${area}, even mild, is a signal to pause completely.`
        : `Sharp pain in your ${area}, even mild, is a signal to pause completely.`;
    case 'R5':
      return `Your ${area} ${verb(reason.area, 'are', 'is')} too sore for hard training with good form.`;
    case 'R6':
      return 'Moderate soreness all over means your body needs a lighter day.';
    case 'R7':
      return `Your ${area} ${verb(reason.area, 'need', 'needs')} time, but the rest of you is ready.`;
    case 'R8':
      return `Your plan already works a different region from your ${area}.`;
    case 'R9':
      return reason.area
        ? 'Mild, dull soreness is normal, and gentle movement eases it.'
        : "You're not sore, so your body is ready.";
    case 'R10':
      return 'Soreness that lasts four days or more is a sign to review your training.';
    case 'M1':
      return 'You slept under five hours, and sleep is when your body recovers.';
    case 'M2':
      return 'Seven or more hours of sleep helps you recover.';
    case 'M3':
      return 'Water helps your muscles recover.';
    case 'M4':
      return 'Constant soreness often comes from recovery habits, not overtraining.';
  }
}

function regionList(regions: readonly TrainingRegion[]): string {
  return list(
    regions.map((region) => REGION_NAMES[region]),
    'or',
  );
}

/** One sentence: what to do. */
export function suggestionSentence(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'emergency':
      return URGENT_LINE;
    case 'see-professional':
      return suggestion.who === 'doctor'
        ? 'Please see a doctor before you train again.'
        : 'Have a physio or doctor check it before you train it again.';
    case 'pause-and-monitor':
      return `Pause completely, and if it isn't clearly better in ${suggestion.days} days, get it checked.`;
    case 'light-walking-only':
      return 'Light walking is fine, but no intense training.';
    case 'active-recovery':
      return 'Try a walk, some mobility work or yoga, or easy cycling or swimming.';
    case 'train-instead':
      return suggestion.regions.length > 0
        ? `Train your ${regionList(suggestion.regions)} instead, or go lighter than planned.`
        : 'Go lighter than planned.';
    case 'lower-intensity':
      return 'Keep the intensity lower than usual.';
    case 'warm-up-cool-down':
      return 'Warm up well first, and cool down with gentle stretching or a slow walk.';
    case 'review-with-coach':
      return 'Review your volume, load or technique with a qualified trainer or coach.';
    case 'sleep':
      return `Aim for ${suggestion.targetHours} or more hours of sleep tonight.`;
    case 'hydrate':
      return 'Drink water before and during your workout. Pale straw colored urine is the goal.';
    case 'recovery-habits':
      return `Check your sleep, your water, and your protein, about ${suggestion.proteinGramsPerKg[0]} to ${suggestion.proteinGramsPerKg[1]} grams per kilo of body weight a day, before assuming you're overtraining.`;
    case 'vary-intensity':
      return 'Mix lighter days in with the hard ones.';
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
  redFlags: [
    'One safety check: any dark urine, chest pain, dizziness, numbness, swelling or fever?',
    'Quick safety check: do you have dark urine, chest pain, dizziness, numbness, swelling or a fever?',
  ],
  redFlagWhich: [
    'Which one: dark urine, chest pain, dizziness, breathlessness, numbness, swelling, fever, or you can not move it?',
  ],
  sleep: ['How many hours did you sleep last night?'],
  hydration: ["How's your water intake today?", 'How much water have you had today?'],
};

/** Re-asks name what is expected. */
export const REASKS: Record<Question, string> = {
  area: 'Tell me a body part, like legs, back, shoulders or knee, or say: I am not sore.',
  feel: 'Is it a dull ache or stiffness, or a sharp, stabbing pain?',
  severity: 'Give me a number from zero to ten, or say mild, moderate or severe.',
  days: 'Tell me a number of days, like two days, or say skip.',
  limits: 'Does it limit your movement or daily tasks? Yes or no.',
  redFlags: 'Any dark urine, chest pain, dizziness, numbness, swelling or fever? Yes or no.',
  redFlagWhich:
    'Say which one: dark urine, chest pain, dizziness, breathlessness, numbness, swelling, fever, or can not move it.',
  sleep: 'Tell me the hours you slept, from zero to twenty four, or say skip.',
  hydration: 'Have you had plenty of water today, or not much? Or say skip.',
};

export const HELP: Record<Question | 'none', string> = {
  none: 'I help you decide whether to train today when you are sore. Tell me where you are sore, or say: I am not sore.',
  area: 'I help you decide whether to train today. Tell me where you are sore, like legs or back, or say: I am not sore.',
  feel: 'A dull ache or stiffness is normal muscle soreness. A sharp, stabbing or shooting pain can be an injury.',
  severity:
    'Rate it from zero, no pain, to ten, the worst pain. One to three is mild, four to six moderate, seven to ten severe.',
  days: 'Normal soreness fades within a week, so how long it has lasted matters. Tell me how many days.',
  limits: 'I mean: does it stop you moving your full range, or make daily tasks like stairs hard?',
  redFlags: 'Some signs need a doctor, not a workout. Tell me if you have any of them.',
  redFlagWhich: 'Name the sign, like dark urine, chest pain or swelling.',
  sleep: 'Sleep is when your body recovers, so it can change my advice. You can also say skip.',
  hydration: 'Water helps recovery. Say plenty or not much, or say skip.',
};

export const PHRASES = {
  launch: [
    `Hi! ${DISCLAIMER} Where are you sore?`,
    `Welcome to Soreness Coach. ${DISCLAIMER} Where are you sore today?`,
  ],
  launchReprompt: 'Where are you sore? You can say legs or back, or: I am not sore.',
  unknownArea: (heard: string) => `I can't advise on ${heard}.`,
  outOfRange: 'That is off the scale.',
  startOver: "Okay, let's start over. Where are you sore?",
  brokenState: "Sorry, I lost track of our check. Let's start over. Where are you sore?",
  goodbye: ['Okay. Take care!', 'Goodbye, and train smart!'],
  adviceChanged: 'That changes my advice.',
  sleepThanks: ['Good, that helps your recovery.', 'Nice, that is enough sleep to recover well.'],
  hydrationGood: ['Great, keep drinking through your workout.', 'Good, keep it up.'],
  finish: ['Have a good session!', 'Good luck today!'],
  finishWithoutTraining: ['Take care.', 'Look after yourself.'],
  skipOkay: 'No problem.',
  nothingToRepeat: "I haven't given any advice yet.",
  giveUp:
    "I'm having trouble understanding, so here is general advice: mild, dull soreness is fine to train through after a good warm-up. Sharp pain, joint pain, or soreness that limits movement means rest, and see a physio or doctor if it lasts. Try me again anytime.",
  giveUpCardTitle: 'General soreness advice',
  error: "Sorry, I had trouble with that. Let's try again: where are you sore? Or say stop.",
  errorReprompt: 'Where are you sore? Or say stop.',
  notUnderstood: "Sorry, I didn't get that.",
} as const;

export function cardTitle(verdict: Verdict): string {
  return `Soreness Coach: ${VERDICT_LABELS[verdict]}`;
}

export const CARD_FOOTER =
  'Soreness Coach is a training guide, not medical advice. In an emergency, call your local emergency number.';
