import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** slot-words.json, written by `npm run build:model` from the interaction models. */
interface SlotWords {
  types: Record<string, Record<string, string[]>>;
}

let slotWordsFile: SlotWords | undefined;

/**
 * Read on first use from the JSON beside this module (beside the bundle once built): a
 * LaunchRequest never loads it. It is the project's own generated file, kept in step by a test,
 * so it is not checked again. A file that cannot be read gives no words: a missing file must
 * never stop a turn, least of all one the safety net is reading.
 */
function readSlotWordsFile(): SlotWords {
  try {
    return JSON.parse(readFileSync(join(__dirname, 'slot-words.json'), 'utf8')) as SlotWords;
  } catch {
    return { types: {} };
  }
}

/** Each slot type's values and synonyms by id, as the model holds them: the reader's words too. */
export function slotTypePhrases(): Readonly<Record<string, Record<string, string[]>>> {
  slotWordsFile ??= readSlotWordsFile();
  return slotWordsFile.types;
}
