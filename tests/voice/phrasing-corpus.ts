import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_SKILL_ID } from '../../lambda/skill';
import { loadInteractionModel } from '../../simulator';
import { compileModel } from '../../simulator/nlu/compile-model';
import type { RequestIntent } from '../../simulator/nlu/types';
import { understand } from '../../simulator/nlu/understand';

export interface Expectation {
  intent: string;
  slots: Record<string, string | number>;
}

export interface Phrasing {
  file: string;
  say: string;
  expect: Expectation[];
  heldOut: boolean;
}

interface CorpusFile {
  context: string;
  entries: Array<{ say: string; expect: Expectation | Expectation[]; heldOut?: boolean }>;
}

const CORPUS_DIR = join(import.meta.dirname, 'phrasings');

export function loadPhrasings(): Phrasing[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(join(CORPUS_DIR, name), 'utf8')) as CorpusFile;
      return file.entries.map((entry) => ({
        file: file.context,
        say: entry.say,
        expect: Array.isArray(entry.expect) ? entry.expect : [entry.expect],
        heldOut: entry.heldOut === true,
      }));
    });
}

/** What Alexa would send for the phrase: the intent, and each filled slot as id or number. */
export function heardAs(intent: RequestIntent): Expectation {
  const slots: Record<string, string | number> = {};
  for (const [name, slot] of Object.entries(intent.slots ?? {})) {
    if (slot.value === undefined) continue;
    const authority = slot.resolutions?.resolutionsPerAuthority[0];
    if (authority === undefined) slots[name] = Number(slot.value);
    else slots[name] = authority.values?.[0]?.value.id ?? `?${slot.value}`;
  }
  return { intent: intent.name, slots };
}

const sameReading = (a: Expectation, b: Expectation) =>
  a.intent === b.intent &&
  Object.keys(a.slots).length === Object.keys(b.slots).length &&
  Object.entries(a.slots).every(([name, value]) => b.slots[name] === value);

export function createUnderstander(locale = 'en-US') {
  const model = compileModel(loadInteractionModel(locale).interactionModel.languageModel);
  return (phrasing: Phrasing) => {
    const text = phrasing.file === 'one-shot' ? `ask soreness coach ${phrasing.say}` : phrasing.say;
    const understood = understand(model, text, LOCAL_SKILL_ID);
    const heard: Expectation =
      understood.kind === 'intent'
        ? heardAs(understood.intent)
        : { intent: understood.kind, slots: {} };
    return { heard, understood: phrasing.expect.some((expected) => sameReading(expected, heard)) };
  };
}
