import * as z from 'zod';

/**
 * The part of the ASK interaction-model JSON that the simulator and the linter read.
 * Objects stay loose because the console adds fields (modelConfiguration, slot samples…)
 * that neither tool needs.
 */
export const SlotDeclarationSchema = z.looseObject({
  name: z.string(),
  type: z.string(),
  /** Answers to Dialog.ElicitSlot for this slot: Alexa listens for them only while it is asked. */
  samples: z.array(z.string()).optional(),
});

export const IntentSchema = z.looseObject({
  name: z.string(),
  slots: z.array(SlotDeclarationSchema).optional(),
  samples: z.array(z.string()).optional(),
});

export const SlotTypeValueSchema = z.looseObject({
  id: z.string().optional(),
  name: z.looseObject({
    value: z.string(),
    synonyms: z.array(z.string()).optional(),
  }),
});

export const SlotTypeSchema = z.looseObject({
  name: z.string(),
  values: z.array(SlotTypeValueSchema).optional(),
});

export const DialogValidationSchema = z.looseObject({
  type: z.string(),
  prompt: z.string().optional(),
});

export const DialogSlotSchema = z.looseObject({
  name: z.string(),
  type: z.string().optional(),
  elicitationRequired: z.boolean().optional(),
  confirmationRequired: z.boolean().optional(),
  prompts: z.record(z.string(), z.string()).optional(),
  validations: z.array(DialogValidationSchema).optional(),
});

export const DialogIntentSchema = z.looseObject({
  name: z.string(),
  delegationStrategy: z.string().optional(),
  confirmationRequired: z.boolean().optional(),
  prompts: z.record(z.string(), z.string()).optional(),
  slots: z.array(DialogSlotSchema).optional(),
});

export const PromptSchema = z.looseObject({
  id: z.string(),
  variations: z.array(z.looseObject({ type: z.string(), value: z.string() })),
});

export const LanguageModelSchema = z.looseObject({
  invocationName: z.string(),
  intents: z.array(IntentSchema),
  types: z.array(SlotTypeSchema).optional(),
});

/** Amazon's name-free interaction container: phrases said without the skill's name. */
export const IngressPointSchema = z.looseObject({
  type: z.enum(['LAUNCH', 'INTENT']),
  name: z.string().optional(),
  format: z.literal('RAW_TEXT'),
  value: z.string(),
});

export const InteractionModelFileSchema = z.looseObject({
  interactionModel: z.looseObject({
    languageModel: LanguageModelSchema,
    _nameFreeInteraction: z.looseObject({ ingressPoints: z.array(IngressPointSchema) }).optional(),
    dialog: z
      .looseObject({
        delegationStrategy: z.string().optional(),
        intents: z.array(DialogIntentSchema).optional(),
      })
      .optional(),
    prompts: z.array(PromptSchema).optional(),
  }),
});

export type InteractionModelFile = z.infer<typeof InteractionModelFileSchema>;
export type LanguageModel = z.infer<typeof LanguageModelSchema>;
export type Intent = z.infer<typeof IntentSchema>;
export type IngressPoint = z.infer<typeof IngressPointSchema>;
export type SlotType = z.infer<typeof SlotTypeSchema>;
