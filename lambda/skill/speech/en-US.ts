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
import type { AdviceTopic } from '../understanding/heard';
import { DISCLAIMER, OPENING_PHRASES } from './opening-en-US';
import { CARD_FOOTER, QUESTION_PROMPTS, WARNING_SIGNS_SPOKEN } from './prompts-en-US';

export { CARD_FOOTER, DISCLAIMER, QUESTION_PROMPTS, WARNING_SIGNS_SPOKEN };

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
  'hip-joint': 'hip',
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
  'dark-urine': 'dark urine',
  'chest-pain': 'chest pain or tightness',
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

/**
 * One sentence: why the verdict is what it is. `assumedSharp` is true when the pain type stayed
 * unclear and was read as sharp: the user never said "sharp", so the sentence must not claim it.
 */
export function reasonSentence(reason: Reason, assumedSharp = false): string {
  const area = reason.area ? areaName(reason.area) : 'it';
  switch (reason.rule) {
    case 'R1':
      return `${capitalise(redFlagList(reason.redFlags) || 'What you describe')} can be a sign of something serious.`;
    case 'R2':
      return reason.redFlags?.length
        ? `${capitalise(redFlagList(reason.redFlags))} is not normal workout soreness.`
        : 'Pain that is getting worse or lasts over a week is not normal workout soreness.';
    case 'R3':
      if (assumedSharp)
        return `Since I couldn't tell whether it's sharp, I'll play it safe: pain at that level in your ${area} could be an injury.`;
      return isJointOrTendon(reason.area)
        ? `Pain at that level in a joint or tendon like your ${area} can be an injury.`
        : `Sharp pain at that level in your ${area} can be an injury.`;
    case 'R4':
      if (assumedSharp)
        return `Since I couldn't tell whether it's sharp, I'll play it safe with your ${area}.`;
      return isJointOrTendon(reason.area)
        ? `Pain in a joint or tendon like your ${area}, even mild, can be an early sign of injury.`
        : `Sharp pain in your ${area}, even mild, can be an early sign of injury.`;
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
        ? 'Mild, dull soreness is usually normal, and gentle movement eases it.'
        : "You're not sore, so your body is ready.";
    case 'R10':
      return 'Soreness that lasts four days or more is a sign to review your training.';
    case 'S1':
      return "I couldn't rule out the warning signs, so I'll play it safe.";
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

/**
 * One sentence: what to do. `training` is false when the verdict keeps the user out of the gym,
 * so no tip talks about "your workout".
 */
export function suggestionSentence(suggestion: Suggestion, training = true): string {
  switch (suggestion.kind) {
    case 'emergency':
      return URGENT_LINE;
    case 'see-professional':
      return suggestion.who === 'doctor'
        ? 'Please see a doctor before you train again.'
        : 'Have a physio or doctor check it before you train it again.';
    case 'pause-and-monitor':
      return `Pause training it completely, and if it isn't clearly better in ${spokenNumber(suggestion.days)} days, get it checked.`;
    case 'check-warning-signs':
      return `If you have any of these: ${WARNING_SIGNS_SPOKEN}, stop and contact a doctor or your local emergency number.`;
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
      return `Aim for ${spokenNumber(suggestion.targetHours)} or more hours of sleep tonight.`;
    case 'hydrate':
      return training
        ? 'Drink water before and during your workout. Pale straw colored urine is the goal.'
        : 'Keep drinking water through the day. Pale straw colored urine is the goal.';
    case 'recovery-habits':
      return `Check your sleep, your water, and your protein, about ${suggestion.proteinGramsPerKg[0]} to ${suggestion.proteinGramsPerKg[1]} grams per kilo of body weight a day, before assuming you're overtraining.`;
    case 'vary-intensity':
      return 'Mix lighter days in with the hard ones.';
  }
}

/** The facts the advice rests on, as said back to the user. */
export interface HeardBack {
  areas: ReadonlyArray<{ area: BodyArea; sharp: boolean; severity?: number }>;
  days?: number;
  worsening?: boolean;
}

/** "About a six", "about an eight": the rating as it is said. */
function aboutRating(severity: number): string {
  const spoken = spokenNumber(severity);
  return `${/^(eight|eleven)/.test(spoken) ? 'an' : 'a'} ${spoken}`;
}

/** How long, as a person says it: "two days", "a week", "three weeks". */
function spokenDays(days: number): string {
  if (days === 0) return 'since today';
  if (days === 1) return 'one day';
  if (days === 7) return 'a week';
  if (days >= 14 && days % 7 === 0) return `${spokenNumber(days / 7)} weeks`;
  return `${spokenNumber(days)} days`;
}

/**
 * The implicit confirmation that opens the advice, short: "Sore legs, about a six, two days."
 * Said back so that a misreading is heard and can be corrected before anyone acts on it.
 */
export function heardBackSentence(heard: HeardBack): string {
  if (heard.areas.length === 0) return '';
  const oneRating = new Set(heard.areas.map((entry) => entry.severity)).size === 1;
  // Sore all over takes in the rest when it is all one rating: "Sore all over", never "Sore legs
  // and all over".
  const everywhere = heard.areas.filter((entry) => entry.area === 'whole-body');
  const areas = everywhere.length > 0 && oneRating ? everywhere : heard.areas;
  const each = areas.map(({ area, severity }) => {
    const name = area === 'whole-body' ? 'all over' : areaName(area);
    return !oneRating && severity !== undefined ? `${name} at ${aboutRating(severity)}` : name;
  });
  const where = list(each, 'and');
  // A sharp pain said anywhere is said back, whichever areas the sentence names.
  const sharp = heard.areas.some((entry) => entry.sharp);
  const wholeBodyOnly = areas.length === 1 && areas[0]?.area === 'whole-body';
  const parts = [
    sharp ? `Sharp pain ${wholeBodyOnly ? where : `in your ${where}`}` : `Sore ${where}`,
  ];
  const rating = oneRating ? areas[0]?.severity : undefined;
  if (rating !== undefined) parts.push(`about ${aboutRating(rating)}`);
  if (heard.days !== undefined) parts.push(spokenDays(heard.days));
  if (heard.worsening) parts.push('getting worse');
  return `${parts.join(', ')}.`;
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** Small whole numbers as words, the way the rest of the speech says them ("seven hours"). */
function spokenNumber(value: number): string {
  return NUMBER_WORDS[value] ?? String(value);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Two questions asked as one, by the first: the second is the one `companionOf` pairs with it
 * (conversation/next-question.ts). People answer both in one breath; either half alone is kept.
 */
export const PAIRED_PROMPTS: Partial<Record<Question, string>> = {
  feel: 'Is it a dull ache or a sharp pain, and how bad, from one to ten?',
  severity: 'How bad is it from one to ten, and how many days has it been sore?',
  days: 'How many days has it been sore, and does it stop you moving normally?',
  sleep: 'How many hours did you sleep last night, and how much water have you had today?',
};

/**
 * The first and second re-ask: each shorter than the question, naming the answer's shape, and
 * never the words just said again.
 */
export const REASKS: Record<Question, readonly [string, string]> = {
  area: [
    'Which body part? Like legs, back or knee. Or say: not sore.',
    'Just the body part, like legs or back.',
  ],
  feel: ['Dull, or sharp?', 'Just say dull, or sharp.'],
  severity: ['What number, from one to ten?', 'Just a number, like three, or seven.'],
  days: ['Roughly how many days?', 'Just a number of days, like two, or say skip.'],
  limits: ['Does it stop you moving normally?', 'Just yes, or no?'],
  redFlags: ['Any of those signs? Yes, or no?', 'Just yes, or no: any warning signs?'],
  chest: ['The muscle, or inside your chest?', 'Say: muscle, or: inside.'],
  site: ['The joint, or the muscle?', 'Just say joint, or muscle.'],
  sleep: ['Roughly how many hours? Or say skip.', 'Just the hours, like seven.'],
  hydration: ['Plenty, or not much?', 'Just say plenty, or not much, or skip.'],
};

export const HELP: Record<Question | 'none', string> = {
  none: 'I help you decide whether to train today when you are sore. Tell me where you are sore, or say: I am not sore.',
  area: 'I help you decide whether to train today. Tell me where you are sore, like legs or back, or say: I am not sore.',
  feel: 'A dull ache or stiffness is usually muscle soreness. A sharp, stabbing or shooting pain can be an injury.',
  severity:
    'Rate it from one, barely there, to ten, the worst pain. One to three is mild, four to six moderate, seven to ten severe.',
  days: 'Normal soreness fades within a week, so how long it has lasted matters. Tell me how many days.',
  limits: 'I mean: does it stop you moving your full range, or make daily tasks like stairs hard?',
  redFlags: 'Some signs need a doctor, not a workout. If you have any of them, just say yes.',
  chest:
    'Sore chest muscles after training are common. Pain, pressure or tightness inside the chest is a warning sign.',
  site: 'Pain in a joint needs more care than a sore muscle, so it changes my advice.',
  sleep: 'Sleep is when your body recovers, so it can change my advice. You can also say skip.',
  hydration: 'Water helps recovery. Say yes or no, or how much you have had, or say skip.',
};

/**
 * Short answers to what people ask mid-check, drawn from the rules in docs/rules.md: one or two
 * sentences, then the check goes on. Medicine is a pharmacist's or doctor's question: no dose,
 * no recommendation.
 */
export const TOPIC_ANSWERS: Record<AdviceTopic, string> = {
  'too-sore':
    'A mild, dull ache up to three out of ten is fine after a good warm-up; four to six, train another area or go lighter. Seven or more, sharp pain, or pain in a joint means rest, and a check if it does not ease.',
  harm: 'Training through mild, dull soreness is usually fine once you are warm. Hard training on very sore muscles, or through sharp or joint pain, risks poor form and injury.',
  duration:
    'Normal workout soreness peaks a day or two after training and fades within five to seven days. If it lasts over a week, or gets worse, get it checked.',
  gentle:
    'Gentle movement, like a walk, easy yoga, cycling or swimming, is usually fine with dull soreness and can ease it. With sharp pain, joint pain or a warning sign, hold off until it is checked.',
  painkillers:
    "I can't advise on medicine or doses: that's a question for a pharmacist or your doctor.",
  stretching:
    'Gentle stretching and mobility work can ease stiffness, and a slow cool-down helps. Keep it gentle on very sore muscles, and never stretch into sharp pain.',
  injury:
    'Workout soreness is a dull, spread-out ache that eases as you warm up. Sharp or pinpoint pain, pain in a joint, swelling, or pain that gets worse or stops you moving normally can be an injury: get it checked.',
  why: 'I ask so I can tell everyday muscle soreness from pain that needs rest or a check.',
  instead:
    'Usually: train a different area, go lighter, or make it an active recovery day with a walk, yoga, or easy cycling or swimming.',
  doms: 'DOMS means delayed onset muscle soreness: the dull ache a day or two after a hard or new workout. It usually fades within five to seven days.',
  'recover-faster':
    'Sleep seven or more hours, drink water, eat enough protein, and keep moving gently with walking, mobility work or easy cycling.',
};

/** The last words of a check, by its advice: no good workout wished on a rest day. */
export const CLOSINGS: Record<Verdict, readonly [string, ...string[]]> = {
  train: ['Have a good session!', 'Enjoy your workout!'],
  modify: [
    'Have a good session, and go easy on the sore spots.',
    'Train smart, and give the sore spots their rest.',
  ],
  'active-recovery': ['Enjoy the easy day.', 'Take it easy today.'],
  rest: ['Rest well.', 'Enjoy the rest day.'],
  'see-professional': ['Take care, and I hope it settles soon.', 'Look after yourself.'],
};

export const PHRASES = {
  ...OPENING_PHRASES,
  unknownArea: "I don't know that part of the body.",
  // The re-ask after it names the scale.
  outOfRange: (max: number) => (max === 10 ? "That's off the scale." : "That number doesn't fit."),
  chestToBeSafe:
    "I can't be sure that's your chest muscles, so I'll treat it as chest pain to be safe.",
  jointToBeSafe: "I'll treat it as the joint, to be safe.",
  startOver: "Okay, let's start over. Where are you sore?",
  brokenState: "Sorry, I lost track of our check. Let's start over. Where are you sore?",
  goodbye: ['Okay, take care!', 'Okay, goodbye!'],
  adviceChanged: 'That changes my advice.',
  corrected: 'Thanks for putting me right.',
  sleepThanks: ['Good, that helps your recovery.', 'Nice, that is enough sleep to recover well.'],
  hydrationGood: ['Great, keep drinking through your workout.', 'Good, keep it up.'],
  // After a verdict that rules out training, no workout to drink through.
  hydrationGoodResting: ['Great, keep drinking through the day.', 'Good, keep it up.'],
  followUpsDropped: "No problem, let's leave it there.",
  nothingToRepeat: "I haven't given any advice yet.",
  giveUpScreen: "I'm having trouble following, so before anything else.",
  giveUp:
    "Sorry, I couldn't follow that, so I can't judge your soreness today. To be safe, skip hard training: rest or take an easy walk, and if the pain is sharp, severe or in a joint, see a physio or doctor.",
  giveUpSigns: `If you have any of these: ${WARNING_SIGNS_SPOKEN}, stop and contact a doctor or your local emergency number.`,
  giveUpCardTitle: 'General soreness advice',
  notUnderstood: 'Sorry, I missed that.',
} as const;

export function cardTitle(verdict: Verdict): string {
  return `Soreness Coach: ${VERDICT_LABELS[verdict]}`;
}
