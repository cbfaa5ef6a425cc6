export { loadInteractionModel, ModelLoadError } from './model/load-model';
export type { InteractionModelFile } from './model/schema';
export {
  createVoiceSession,
  EmptyUtteranceError,
  type InvocableSkill,
  NOT_ROUTED,
  NothingToTapError,
  type Turn,
  type VoiceSession,
  type VoiceSessionOptions,
} from './voice-session';
