/** One element of a sample utterance after compilation. */
export type SamplePart = { kind: 'word'; word: string } | { kind: 'slot'; name: string };

export interface CompiledSample {
  intent: string;
  text: string;
  parts: SamplePart[];
  /** The sample's literal words, so samples needing a word the user did not say are skipped. */
  literals: string[];
  /** Position in the model, so equal matches resolve the same way every run. */
  order: number;
}

export interface SlotDeclaration {
  name: string;
  type: string;
}

export const slotKey = (intent: string, slot: string) => `${intent}.${slot}`;

export interface SlotTypeValue {
  id: string;
  name: string;
}

export interface CompiledModel {
  invocationWords: string[];
  samples: CompiledSample[];
  /** Slot samples by "intent.slot": heard only while Dialog.ElicitSlot asks for that slot. */
  slotSamples: ReadonlyMap<string, readonly CompiledSample[]>;
  slotsByIntent: ReadonlyMap<string, readonly SlotDeclaration[]>;
  /** Custom slot type name → normalised value or synonym → the value it resolves to. */
  slotTypes: ReadonlyMap<string, ReadonlyMap<string, SlotTypeValue>>;
}

/** A slot as Alexa puts it in an IntentRequest. */
export interface RequestSlot {
  name: string;
  value?: string;
  confirmationStatus: 'NONE';
  resolutions?: {
    resolutionsPerAuthority: Array<{
      authority: string;
      status: { code: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH' };
      values?: Array<{ value: { name: string; id: string } }>;
    }>;
  };
}

export interface RequestIntent {
  name: string;
  confirmationStatus: 'NONE';
  slots?: Record<string, RequestSlot>;
}

/** The slot the skill last asked for with Dialog.ElicitSlot. */
export interface Elicitation {
  intent: string;
  slot: string;
  /** The slots of the directive's updatedIntent, kept as Alexa keeps them. */
  slots?: Readonly<Record<string, RequestSlot>>;
}
