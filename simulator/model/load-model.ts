import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type InteractionModelFile, InteractionModelFileSchema } from './schema';

/** Raised for anything wrong with a model file; its message is meant for the user as is. */
export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
}

export const DEFAULT_MODEL_DIR = 'interaction-model';

export function modelPath(locale: string, dir = DEFAULT_MODEL_DIR): string {
  return join(dir, `${locale}.json`);
}

export function parseInteractionModel(text: string, source: string): InteractionModelFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ModelLoadError(`${source} is not valid JSON: ${reason}`);
  }
  const parsed = InteractionModelFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `$.${first.path.join('.')}` : '$';
    throw new ModelLoadError(
      `${source} is not an interaction model: ${where}: ${first?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

export function loadInteractionModel(
  locale: string,
  dir = DEFAULT_MODEL_DIR,
): InteractionModelFile {
  const path = modelPath(locale, dir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ModelLoadError(
      `No interaction model for locale "${locale}": cannot read ${path}. ` +
        `Models live in ${dir}/<locale>.json.`,
    );
  }
  return parseInteractionModel(text, path);
}
