/**
 * The other English models: the en-US source, which already carries British and Australian
 * words heard in every country ("knackered", "footy", "wee"), plus the words only one country
 * uses. A word added here reaches that country's model alone; anything shared goes into
 * en-US.ts, so five models never drift apart.
 */
import { EN_US, type ModelSource, type TypeValueSource } from './en-US';

/** Extra synonyms by slot type and value id. */
type LocalWords = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

function withLocalWords(source: ModelSource, words: LocalWords): ModelSource {
  const types: Record<string, readonly TypeValueSource[]> = { ...source.types };
  for (const [typeName, byId] of Object.entries(words)) {
    const values = types[typeName];
    if (!values) throw new Error(`no slot type ${typeName} to add local words to`);
    types[typeName] = values.map((value) => {
      const extra = byId[value.id];
      return extra ? { ...value, synonyms: [...(value.synonyms ?? []), ...extra] } : value;
    });
    for (const id of Object.keys(byId)) {
      if (!values.some((value) => value.id === id)) {
        throw new Error(`no value ${id} in ${typeName} to add local words to`);
      }
    }
  }
  return { ...source, types };
}

export const EN_GB = withLocalWords(EN_US, {
  SorenessArea: { glutes: ['bum cheeks', 'my bum'] },
  TrainingFocus: { cardio: ['a spin class', 'five a side', 'a parkrun'] },
  HardSession: { hard: ['a half marathon at the weekend', 'a sportive'] },
});

export const EN_AU = withLocalWords(EN_US, {
  SorenessArea: { glutes: ['bum cheeks', 'my bum'] },
  SeverityWord: { severe: ['cooked', 'stuffed', 'rooted', 'buggered'] },
  TrainingFocus: { cardio: ['a footy session', 'footy training', 'a surf', 'a paddle'] },
  HardSession: { hard: ['a big footy game', 'the city to surf'] },
});

export const EN_CA = withLocalWords(EN_US, {
  TrainingFocus: { cardio: ['hockey', 'a hockey game', 'skating', 'cross country skiing'] },
  HardSession: { hard: ['a hockey tournament', 'a double header'] },
});

export const EN_IN = withLocalWords(EN_US, {
  // "My legs are paining": Indian English says pain as a verb.
  PainFeel: { dull: ['paining', 'paining a lot', 'body pain'] },
  SorenessArea: { 'whole-body': ['full body pain', 'body pain'] },
  TrainingFocus: { cardio: ['cricket', 'cricket practice', 'badminton'] },
});
