import { namesChestUndenied, saysChestFine, warningSignsIn } from '../safety/warning-words';
import { PHRASES } from '../speech/en-US';
import type { Heard } from '../understanding/heard';
import { SCALE_MAXIMUM, type Scale } from '../understanding/scales';
import { heardArea, MUSCLE_READING } from './area-words';
import { corrected, correctsSoreness, withoutSoreness } from './corrections';
import { replaceArea, withArea, withRedFlags } from './draft-updates';
import { FOLLOW_UPS } from './next-question';
import {
  changed,
  chestPainToBeSafe,
  notSore,
  noWarningSigns,
  type Outcome,
  saidYes,
  settleChestAsMuscle,
  skipped,
  unchanged,
  warningSignsUnclear,
} from './outcomes';
import type { Conversation, Draft, Question, SoreArea } from './state';

/** Questions whose answer comes before a question said with it: safety first, then yes/no. */
const ANSWERED_BEFORE_QUESTIONS: readonly Question[] = ['redFlags', 'chest', 'site', 'limits'];

/** Each scale's question, and the fact a number on it answers. */
const SCALE_OF = {
  rating: { question: 'severity', fact: 'severity' },
  days: { question: 'days', fact: 'days' },
  hours: { question: 'sleep', fact: 'sleepHours' },
} as const satisfies Record<Scale, { question: Question; fact: keyof Heard }>;

/**
 * What one request's facts do to the check: first the answer to the question asked, then
 * everything said in the same breath. Signs are the safety net's, read from the same words by
 * the answer handler; a concern nothing placed makes the check treat the turn as misheard.
 * `text`: every word the request carried, as heard.
 */
export function applyHeard(heard: Heard, conversation: Conversation, text: string): Outcome {
  const { draft, pending } = conversation;
  // A number past its scale, said to the question of that scale: asked again, naming it.
  const scale = heard.outOfRange;
  if (scale && pending === SCALE_OF[scale].question && heard[SCALE_OF[scale].fact] === undefined) {
    return { kind: 'problem', say: PHRASES.outOfRange(SCALE_MAXIMUM[scale]) };
  }
  // Right after the advice, while its follow-up waits: never to a question of the check.
  const rightAfterAdvice =
    conversation.adviceGiven && (FOLLOW_UPS as readonly Question[]).includes(pending ?? 'area');
  if (rightAfterAdvice && !heard.asks && correctsSoreness(heard)) {
    const fixed = corrected(heard, draft);
    // The same facts said again correct nothing: the answer is read as any other.
    if (JSON.stringify(fixed) !== JSON.stringify(draft)) {
      const next = withVolunteered(withoutSoreness(heard), fixed, text, true);
      return changed(heard.concern ? { ...next, misheard: true } : next, null, undefined, true);
    }
  }
  // A question asked is no answer: the numbers and replies in it are what-ifs ("is a bit of a
  // stroll okay?" rates nothing). What it says of the soreness is kept, and its signs, always.
  // The safety, chest, joint and limits questions take their answer first, a question said
  // with it aside ("yes, is it dangerous?" is a yes; "inside, is that bad?" is chest pain).
  const answersFirst = pending !== null && ANSWERED_BEFORE_QUESTIONS.includes(pending);
  const answered =
    heard.question && !answersFirst ? undefined : answerToPending(heard, conversation, text);
  if (heard.question && answered === undefined) {
    const { severity, areaSeverities, days, reply, sleepHours, water, ...described } = heard;
    const next = withVolunteered(described, draft, text, true);
    return { kind: 'question', topic: heard.question, ...(next !== draft && { draft: next }) };
  }
  if (answered && answered.kind !== 'changed') return answered;
  const base = answered?.kind === 'changed' ? answered.draft : draft;
  const chestFine = saysChestFine(text);
  // A pain type or rating that answered its question is spent on the areas that were asked about.
  const spent = answered !== undefined && (pending === 'feel' || pending === 'severity');
  const next = withVolunteered(chestFine ? withoutChest(heard) : heard, base, text, spent);
  const concerned = heard.concern ? { ...next, misheard: true } : next;
  if (answered?.kind === 'changed') {
    return changed(concerned, answered.pending, answered.note);
  }
  if (next !== draft) return changed(concerned);
  // "I don't know", "no idea": doubt with nothing else said passes on the question, as "skip"
  // does (the safety and chest questions read doubt above, never as "no sign").
  if (heard.skip || heard.reply === 'unsure') return skipped(conversation);
  // "No thanks" once the advice is given, or to a first question left open: nothing more.
  if (heard.reply === 'no' && (conversation.adviceGiven || pending === null)) {
    return { kind: 'decline' };
  }
  if (heard.concern) return changed(concerned);
  // "My spleen hurts" to "where are you sore?": a place the skill has no word for, said so.
  const asksWhere = pending === 'area' || (pending === null && draft.areas.length === 0);
  return asksWhere && heard.unplaced.length > 0
    ? { kind: 'problem', say: PHRASES.unknownArea }
    : unchanged;
}

/** The answer to the question the skill asked, read from the facts in the shape it invites. */
function answerToPending(
  heard: Heard,
  conversation: Conversation,
  text: string,
): Outcome | undefined {
  const { draft, pending } = conversation;
  switch (pending) {
    case 'limits': {
      const limits = heard.limitsMovement ?? yesOrNo(heard);
      return limits === undefined ? undefined : changed({ ...draft, limitsMovement: limits });
    }
    case 'redFlags':
      // A sign named answers the question, whatever else was said ("a bit shivery" is fever,
      // not a bare yes): the safety net adds what its own patterns find in the same words.
      if (heard.signs.length > 0 || warningSignsIn(text).length > 0) {
        return changed(withRedFlags(draft, heard.signs), null);
      }
      // What someone cannot do answers "…or can't move it?" with a yes, the safer reading.
      if (heard.limitsMovement === true) {
        return changed({ ...draft, limitsMovement: true, warningSignReported: true }, null);
      }
      // A no with words about the body nothing placed ("nah, my heart is racing") is no clear
      // no, and neither is doubt: both are read as unsure, never as "no sign".
      if (heard.reply === 'unsure' || (heard.reply === 'no' && heard.concern)) {
        return warningSignsUnclear(draft);
      }
      if (heard.reply === 'yes') return saidYes(conversation);
      if (heard.reply === 'no') return noWarningSigns(conversation);
      return undefined;
    case 'chest':
      return chestAnswer(heard, draft, text);
    case 'site':
      return siteAnswer(heard, draft);
    case 'feel': {
      // "Achy" to "dull or sharp?" is the pain type of every area still without one; a rating
      // said with it (or instead of it) is kept, and never lowers one said before.
      const targets = draft.areas.filter((entry) => entry.feel === undefined);
      if (targets.length === 0 || heard.areas.length > 0) return undefined;
      if (!heard.feel && heard.severity === undefined) return undefined;
      return changed(
        targets.reduce(
          (next, entry) =>
            withArea(next, entry.area, heard.feel, higher(entry.severity, heard.severity)),
          draft,
        ),
      );
    }
    case 'severity': {
      // "How bad is it?" asks about all of it: the rating is each area's still without one.
      const targets = draft.areas.filter((entry) => entry.severity === undefined);
      if (heard.severity === undefined || targets.length === 0 || heard.areas.length > 1) {
        return undefined;
      }
      const rating = heard.severity;
      return changed(
        targets.reduce((next, entry) => withArea(next, entry.area, undefined, rating), draft),
      );
    }
    case 'days': {
      // "Three days, no" to the days and the limit asked together: the yes or no is the limit's.
      const limits = heard.limitsMovement ?? yesOrNo(heard);
      if (conversation.companion !== 'limits' || limits === undefined) return undefined;
      return changed({ ...draft, limitsMovement: limits });
    }
    case 'sleep': {
      const slept = heard.sleepHours !== undefined || heard.sleepQuality !== undefined;
      // "Badly" to the hours asked is the answer there is: the hours are not asked again.
      const answered =
        heard.sleepHours === undefined && heard.sleepQuality !== undefined
          ? { ...draft, skipped: [...new Set([...draft.skipped, 'sleep' as const])] }
          : draft;
      // "Seven hours, yeah" to the night and the water asked together: the yes is the water's.
      const said = yesOrNo(heard);
      const water =
        conversation.companion === 'hydration' && slept && !heard.water && said !== undefined
          ? { ...answered, hydration: said ? ('good' as const) : ('low' as const) }
          : answered;
      return water === draft ? undefined : changed(water);
    }
    case 'hydration': {
      if (heard.water) return changed({ ...draft, hydration: heard.water });
      const said = yesOrNo(heard);
      return said === undefined
        ? undefined
        : changed({ ...draft, hydration: said ? 'good' : 'low' });
    }
    case 'area':
    case null:
      if (heard.areas.length === 0 && (heard.notSore || heard.reply === 'no')) {
        return notSore(conversation);
      }
      return undefined;
    default:
      return undefined;
  }
}

const yesOrNo = (heard: Heard) =>
  heard.reply === 'yes' ? true : heard.reply === 'no' ? false : undefined;

/**
 * Only a clear muscle answer makes a chest soreness: a chest muscle named ("my pecs"), the
 * muscle, or training named as the cause ("from bench"). Anything else said to the chest
 * question, however it is put, is read as chest pain.
 */
function chestAnswer(heard: Heard, draft: Draft, text: string): Outcome | undefined {
  // "My chest is fine, it's my back": the chest ruled out, and the place named kept.
  if (saysChestFine(text)) {
    return changed(
      { ...draft, areas: draft.areas.filter((entry) => entry.unclear !== 'chest') },
      null,
    );
  }
  // Doubt ("maybe the muscle", "probably from the gym") is no clear answer.
  if (heard.reply === 'unsure') return chestPainToBeSafe(draft);
  const muscle =
    heard.site === 'muscle' ||
    heard.areas.includes('chest') ||
    (heard.plan === 'upper-body' && heard.site !== 'joint');
  if (muscle) return changed(settleChestAsMuscle(draft), null);
  return chestPainToBeSafe(draft);
}

/** "The joint" or "the muscle" for a singular shoulder or hip waiting for the question. */
function siteAnswer(heard: Heard, draft: Draft): Outcome | undefined {
  const target = draft.areas.find(
    (entry): entry is SoreArea & { unclear: 'shoulder' | 'hip' } =>
      entry.unclear === 'shoulder' || entry.unclear === 'hip',
  );
  if (!target || !heard.site) return undefined;
  const { unclear, ...settled } = target;
  const area = heard.site === 'joint' ? settled.area : MUSCLE_READING[unclear];
  return changed(replaceArea(draft, target, { ...settled, area }), null);
}

/** Areas, and every other fact said in the same breath as the answer. */
function withVolunteered(heard: Heard, draft: Draft, text: string, spent: boolean): Draft {
  let next = withRedFlags(draft, heard.signs);
  // A chest the words name but no fact placed (not a plan, a muscle or a sign) is asked about.
  const chestPlaced =
    heard.areas.some((id) => id === 'chest' || id === 'chest-unclear') ||
    heard.plan !== undefined ||
    heard.signs.includes('chest-pain');
  if (!chestPlaced && namesChestUndenied(text)) next = withArea(next, heardArea('chest-unclear'));
  heard.areas.forEach((id, index) => {
    // The pain type and the rating said with the areas belong to them: an area's own rating
    // ("calves a two, back an eight"), else the one said for all ("both about a six").
    const own = heard.areaSeverities?.[index];
    const known = next.areas.find((entry) => entry.area === heardArea(id).area)?.severity;
    next = withArea(next, heardArea(id), heard.feel, higher(known, own ?? heard.severity));
  });
  // Said again later, the heavier reading stands and a lighter one never replaces it: a slip
  // or a misheard word cannot talk the check out of a referral (the advice says back what it
  // heard, for the user to correct).
  if (heard.days !== undefined) next = { ...next, days: higher(next.days, heard.days) };
  if (heard.worsening === true || next.worsening === undefined) {
    next = withDefined(next, 'worsening', heard.worsening);
  }
  if (heard.limitsMovement === true || next.limitsMovement === undefined) {
    next = withDefined(next, 'limitsMovement', heard.limitsMovement);
  }
  if (heard.areas.length === 0 && !spent) next = withPlaceless(next, heard);
  if (heard.plan) next = { ...next, plannedFocus: heard.plan };
  if (heard.alwaysSore) next = { ...next, alwaysSore: true };
  if (heard.hardSession) next = { ...next, hardSession: true };
  // The readers keep a night on its scale (understanding/scales.ts).
  if (heard.sleepHours !== undefined) {
    next = { ...next, sleepHours: heard.sleepHours };
  }
  if (heard.sleepQuality && next.sleepQuality === undefined) {
    next = { ...next, sleepQuality: heard.sleepQuality };
  }
  if (heard.water === 'low' || next.hydration === undefined) {
    next = withDefined(next, 'hydration', heard.water);
  }
  return next;
}

function withDefined<Key extends 'worsening' | 'limitsMovement' | 'hydration'>(
  draft: Draft,
  key: Key,
  value: Draft[Key] | undefined,
): Draft {
  return value === undefined || draft[key] === value ? draft : { ...draft, [key]: value };
}

/**
 * "Actually it's sharp" or "it's more like an eight" with no place named: every area takes the
 * heavier reading, the safer one when several were named (joints are read as sharp anyway).
 */
function withPlaceless(draft: Draft, heard: Heard): Draft {
  const sharp = heard.feel === 'sharp';
  if (!sharp && heard.severity === undefined) return draft;
  return draft.areas.reduce((next, entry) => {
    const feel = sharp && (entry.feel !== 'sharp' || entry.feelAssumed) ? 'sharp' : undefined;
    const severity = higher(entry.severity, heard.severity);
    if (!feel && severity === entry.severity) return next;
    return withArea(next, entry.area, feel, severity);
  }, draft);
}

/** The chest said to be fine: no chest among the areas heard. */
function withoutChest(heard: Heard): Heard {
  return { ...heard, areas: heard.areas.filter((id) => id !== 'chest-unclear') };
}

/**
 * A rating heard beside one already given is the higher: a hedge ("kind of stiff") never lowers
 * "like a seven", and a slip or a misheard word never lowers a rating said before.
 */
function higher(known: number | undefined, heard: number | undefined): number | undefined {
  return known === undefined || heard === undefined ? (heard ?? known) : Math.max(known, heard);
}
