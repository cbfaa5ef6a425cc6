import type { LanguageModel } from '../../../simulator/model/schema';
import { error, intentPath, type Problem } from '../problem';
import { wordsOf } from './sample-words';

/** Words people do say twice: "bye bye", "no no". Any other doubled word is a template stutter. */
const SAID_TWICE = new Set(['bye', 'no']);

/** Every sample and slot sample with its JSONPath. */
export function everySample(model: LanguageModel): Array<{ path: string; sample: string }> {
  return model.intents.flatMap((intent, index) => [
    ...(intent.samples ?? []).map((sample, sampleIndex) => ({
      path: `${intentPath(index)}.samples[${sampleIndex}]`,
      sample,
    })),
    ...(intent.slots ?? []).flatMap((slot, slotIndex) =>
      (slot.samples ?? []).map((sample, sampleIndex) => ({
        path: `${intentPath(index)}.slots[${slotIndex}].samples[${sampleIndex}]`,
        sample,
      })),
    ),
  ]);
}

/**
 * Words no one says that way: a word starting with an apostrophe ("I 've", a contraction split
 * from its word by a template), the same word twice in a row ("my my {area}"), and the skill's
 * own name, which Alexa hears as the invocation and never as part of a sample.
 */
export function checkSampleHygiene(model: LanguageModel): Problem[] {
  const name = wordsOf(model.invocationName).join(' ');
  return everySample(model).flatMap(({ path, sample }) => {
    const words = wordsOf(sample);
    const problems: Problem[] = [];
    const split = words.find((word) => word.startsWith("'"));
    if (split !== undefined) {
      problems.push(error(path, `"${split}" starts with an apostrophe: join it to its word`));
    }
    const doubled = words.find(
      (word, index) => index > 0 && word === words[index - 1] && !SAID_TWICE.has(word),
    );
    if (doubled !== undefined) problems.push(error(path, `"${doubled} ${doubled}": a word twice`));
    if (name !== '' && ` ${words.join(' ')} `.includes(` ${name} `)) {
      problems.push(error(path, `the invocation name "${name}" inside a sample`));
    }
    return problems;
  });
}

/** A declared slot that no sample or slot sample names is never filled. */
export function checkUnusedSlots(model: LanguageModel): Problem[] {
  return model.intents.flatMap((intent, index) => {
    const said = [
      ...(intent.samples ?? []),
      ...(intent.slots ?? []).flatMap((s) => s.samples ?? []),
    ];
    return (intent.slots ?? []).flatMap((slot, slotIndex) =>
      said.some((sample) => sample.includes(`{${slot.name}}`))
        ? []
        : [
            error(
              `${intentPath(index)}.slots[${slotIndex}]`,
              `slot ${slot.name} of ${intent.name} is in no sample`,
            ),
          ],
    );
  });
}
