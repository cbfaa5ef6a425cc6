import { normaliseHeard } from './warning-words';

/**
 * An unusually hard or unaccustomed session in everyday words: the exertion that comes before
 * exertional rhabdomyolysis, so it makes a red flag plausible and the safety question is asked.
 * Read in every slot's words, as the warning signs are: the model's HardSession slot type places
 * the usual phrasings, these catch a session said among words it could not place ("I ran a
 * marathon on Sunday", "my first group fitness class"). A false hit costs one question; a miss
 * could skip the screen, so the words are broad.
 */
const HARD_SESSION_WORDS = [
  // Events and known ordeals.
  '(half )?marathon',
  'ultra( marathon)?',
  'triathlon',
  'iron ?man',
  'boot ?camps?',
  'challenge',
  'murph',
  'hyrox',
  'spartan( race)?',
  'tough mudder',
  'fun run',
  'charity (ride|run|walk|swim)',
  'century( ride)?',
  'sportive',
  'tournament',
  'competitions?',
  'comps?',
  'races?',
  'grading',
  // Unaccustomed: a first time, a return, something new.
  'first (\\w+ ){0,4}(class|session|workout|run|ride|game|lesson|time|week|day|k|km|match)s?',
  '(back|return\\w*) (to|into) (\\w+ ){0,2}after',
  'new (\\w+ ){0,2}(class|program|programme|routine|workout|sport|coach|trainer|gym)',
  // More than usual.
  'over ?did it',
  'went all out',
  '(hit|set|got) a (new )?(pr|pb|personal best|personal record)',
  'back to back',
  '(had not|have not|not) (trained|been training|worked out|been to the gym|exercised) (in|for) (months|ages|years|a while|a long time|forever)',
  'went (way )?too (hard|far|heavy)',
  'way more (\\w+ )?than (usual|normal)',
  'double (my|the) usual',
  'twice (my|the|as much as) usual',
  '(brutal|killer|insane|crazy|extreme|massive|huge|monster) (\\w+ ){0,2}(session|workout|class|day|run|ride|hike)',
  '(really|very|super|crazy|insanely|seriously) (hard|tough|intense|heavy|long) (\\w+ ){0,2}(session|workout|class|day|run|ride|hike|game|match)',
  '(session|workout|class|training|run|ride|hike|game|match) was (brutal|savage|killer|insane|horrendous|crazy hard|so hard|really hard)',
  '(harder|longer|heavier|further|more \\w+) than (usual|normal|ever|i am used to)',
  '(pushed|went) (\\w+ ){0,2}harder than',
  '(hundred|fifty|forty|thirty|twenty) (\\w+ ){0,1}(miles|kilometres|kilometers|km|k|burpees|reps|laps)',
  '(destroyed|wrecked|smashed|obliterated|annihilated|beasted|hammered) me',
];

/** Compiled on the first words heard, not at load: a LaunchRequest never needs it. */
let pattern: RegExp | undefined;

export function namesHardSession(heard: string): boolean {
  pattern ??= new RegExp(`\\b(${HARD_SESSION_WORDS.join('|')})\\b`);
  return pattern.test(normaliseHeard(heard));
}
