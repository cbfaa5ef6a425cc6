export type {
  ActiveRecoveryOption,
  Advice,
  Reason,
  RuleId,
  Suggestion,
  SuggestionKind,
  Verdict,
} from './advice';
export { ACTIVE_RECOVERY_OPTIONS, RULE_IDS, VERDICTS } from './advice';
export { adviseTraining } from './advise-training';
export type { AreaRegion, BodyArea, TrainingRegion } from './body-areas';
export {
  AREA_REGION,
  BODY_AREAS,
  JOINT_OR_TENDON_AREAS,
  regionsLoading,
  TRAINING_REGIONS,
} from './body-areas';
export type { CheckIn, Feel, Hydration, PlannedFocus, RedFlag, Soreness } from './check-in';
export { FEELS, HYDRATION_LEVELS, PLANNED_FOCUSES, RED_FLAGS } from './check-in';
export type { SeverityWordId } from './severity-words';
export {
  isSeverityWordId,
  SEVERITY_WORD_IDS,
  SEVERITY_WORD_LEVELS,
  SEVERITY_WORD_SYNONYMS,
  SPOKEN_SEVERITY,
  severityFromWord,
} from './severity-words';
export type { SeverityBand } from './verdict-ladder';
export {
  moreRestrictive,
  mostRestrictive,
  SEVERITY_BANDS,
  severityBand,
  stepUp,
  verdictRank,
} from './verdict-ladder';
