import { describe, expect, it } from 'vitest';
import { warningSignsIn } from '../../lambda/skill/safety/warning-words';

describe('the warning-sign lexicon (the safety net under the model)', () => {
  it.each([
    ['my pee was brown after spin', ['dark-urine']],
    ['dark brown', []],
    ['pee kind of brownish', ['dark-urine']],
    ['my chest feels tight', ['chest-pain']],
    ['chest hurting inside', ['chest-pain']],
    ['nearly fainted at the gym', ['dizziness']],
    ["I can't catch my breath", ['breathless']],
    ["breathing's been really hard", ['breathless']],
    ['my hand went numb', ['numbness']],
    ["I can't feel my toes", ['numbness']],
    ['my ankle ballooned', ['swelling']],
    ['hot and cold since the race', ['fever']],
    ["I can't put any weight on it", ['cannot-move']],
    ["I can't really put weight on my leg", ['cannot-move']],
    // The tail of "I can't …" whose "can" stayed in the sample.
    ['not turn my neck at all', ['cannot-move']],
    ['not feel my fingers', ['numbness']],
    ['dizzy and my chest is tight', ['chest-pain', 'dizziness']],
  ])('"%s" names %j', (heard, signs) => {
    expect(warningSignsIn(heard)).toEqual(signs);
  });

  it.each([
    'no dizziness',
    "I'm not short of breath",
    "I don't feel dizzy",
    'no numbness or tingling',
    "nothing's swollen",
    'my pecs are tight from bench',
    'my chest muscles are tight',
    "my temperature's normal",
    'I can not move it fully',
    "I can't lift my arm properly",
    'my legs feel heavy',
    '',
  ])('"%s" names none', (heard) => {
    expect(warningSignsIn(heard)).toEqual([]);
  });
});
