import { describe, expect, it } from 'vitest';
import { namesChestUndenied, warningSignsIn } from '../../lambda/skill/safety/warning-words';

describe('the warning-sign lexicon (the safety net under the model)', () => {
  it.each([
    ['my pee was brown after spin', ['dark-urine']],
    ['dark brown', []],
    ['pee kind of brownish', ['dark-urine']],
    ['my chest feels tight', ['chest-pain']],
    ['chest hurting inside', ['chest-pain']],
    ['nearly fainted at the gym', ['dizziness']],
    // Indian English names the sign as a noun.
    ['I am having giddiness', ['dizziness']],
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
    // A tight chest is the sign though a chest muscle is named beside it.
    ['my chest is a bit tight and my pecs are sore', ['chest-pain']],
    ['my pecs are sore, my chest feels tight', ['chest-pain']],
    ['a heavy pressure across my chest after bench', ['chest-pain']],
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

describe('what a review found, said the way people say it', () => {
  it.each([
    ["my legs are sore and I've never been this dizzy", ['dizziness']],
    ['I never get this breathless', ['breathless']],
    ['seven, never felt this faint before', ['dizziness']],
    ['nothing much, just lightheaded', ['dizziness']],
    // A "no" that answers first, then a new clause naming what is felt (review of the reader).
    ['no, I feel dizzy', ['dizziness']],
    ['no, my chest is tight', ['chest-pain']],
    ["no, it's swollen", ['swelling']],
    ["I can't walk without my knee giving way", ['cannot-move']],
    ["I can't even walk without getting dizzy", ['dizziness']],
    ["I can't climb stairs without getting breathless", ['breathless']],
    ["I don't know, pins and needles", ['numbness']],
    ['nah, no pain, just tingling in my toes', ['numbness']],
    ['two days, never had pins and needles like this', ['numbness']],
    ["six, and I couldn't breathe on the stairs", ['breathless']],
    ["my leg won't take any weight", ['cannot-move']],
    ["my knee won't hold me", ['cannot-move']],
    ['I can barely stand on my right leg', ['cannot-move']],
    ['I could barely stand up', ['cannot-move']],
    ["I can't really breathe", ['breathless']],
    ['I could hardly breathe on my run', ['breathless']],
    ["I can't even feel my fingers", ['numbness']],
    ['I can no longer feel my fingers', ['numbness']],
    ["I'm not able to move my arm", ['cannot-move']],
    ["it won't take my weight", ['cannot-move']],
    ["I can't walk at all", ['cannot-move']],
    ["no, I can't move it", ['cannot-move']],
    ['my ankle is sore and walking on it is impossible', ['cannot-move']],
    ["I haven't been able to put weight on it", ['cannot-move']],
    ["I can't bear any weight on it", ['cannot-move']],
    ['no way I can walk on it', ['cannot-move']],
    ['no, I can barely put weight on it', ['cannot-move']],
    ["I can't walk far", []],
    ["I won't walk the dog today", []],
    ['I can catch my breath fine', []],
    ["no, I don't feel my toes", ['numbness']],
    ["I don't feel dizzy", []],
    ['I saw stars when I stood up after squats', ['dizziness']],
    ['my arm went dead after curls', ['numbness']],
  ])('"%s" names %j', (heard, signs) => {
    expect(warningSignsIn(heard)).toEqual(signs);
  });

  it.each([
    'my calves have just a faint ache',
    'my legs are sore from spinning class',
    "I can't lift as heavy as usual, my arms are sore",
    "my lower back is stiff, I can't bend over as easily",
    "I can't grip the bar as well",
    "I can't stand how sore my legs are",
    "I can't bend down to tie my shoes",
    'I collapsed on the sofa after leg day',
    'my legs feel heavy and my chest is a bit sore',
    'I did heavy deadlifts and my chest and back are sore',
    'had a coffee and my pee is clear',
    "they're bulging",
    'I had my flu jab yesterday',
    'cold shower and I was shivering',
    'sweating buckets in my sweats',
    'the temperature was thirty degrees',
    'a lump in my throat about missing the gym',
    'no chest pain, no dizziness, nothing',
  ])('"%s" names none', (heard) => {
    expect(warningSignsIn(heard)).toEqual([]);
  });

  it.each([
    ['six hours but my chest hurts', true],
    ['two days chest', true],
    ['no, but my chest hurts now', true],
    ['no chest pain or anything', false],
    ['not my chest', false],
    ['I did chest day yesterday', false],
    ['my pecs, from bench', false],
    ['my legs', false],
  ])('a chest named and not denied in "%s": %s', (heard, named) => {
    expect(namesChestUndenied(heard)).toBe(named);
  });
});
