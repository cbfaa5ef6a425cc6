import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

const LOCALE_FILE = /^([a-z]{2}-[A-Z]{2})\.json$/;

const InteractionModelSchema = z.looseObject({
  interactionModel: z.looseObject({
    languageModel: z.looseObject({
      invocationName: z.string().min(2),
      intents: z.array(z.looseObject({ name: z.string() })).min(1),
    }),
  }),
});

export interface InteractionModelFile {
  locale: string;
  path: string;
  model: z.infer<typeof InteractionModelSchema>;
}

/** One ASK interaction model per locale, named `<locale>.json` (skill.json is the manifest, not a model). */
export function readInteractionModels(modelDir: string): InteractionModelFile[] {
  return readdirSync(modelDir)
    .flatMap((file) => {
      const locale = LOCALE_FILE.exec(file)?.[1];
      return locale ? [{ locale, path: join(modelDir, file) }] : [];
    })
    .sort((a, b) => a.locale.localeCompare(b.locale))
    .map(({ locale, path }) => ({
      locale,
      path,
      model: InteractionModelSchema.parse(JSON.parse(readFileSync(path, 'utf8'))),
    }));
}

/**
 * The model as SMAPI's published spec (ask-smapi-model) describes it. Amazon documents the
 * name-free interaction container (`_nameFreeInteraction`, its underscore marking it apart)
 * outside that spec, so it is set aside for the spec check; the model linter checks it instead.
 */
export function withoutNameFreeInteraction<T extends { interactionModel: object }>(model: T): T {
  const { _nameFreeInteraction: _, ...rest } = model.interactionModel as Record<string, unknown>;
  return { ...model, interactionModel: rest };
}
